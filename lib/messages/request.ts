// Requests refused before they reach a page (lib/http/request-guard).

export const requestMessages = {
  badHost: "请求的主机名无效。",
  badUrl: "网址无效：其中含有无法识别的字符。请检查链接是否完整。",
  lengthRequired: "请求缺少内容长度，无法处理。",
  badForm: "请求格式无效。",
  bodyTooLarge: (mb: number) => `提交的内容过大（上限 ${mb} MB），请减少或压缩附件后重试。`,
} as const;
