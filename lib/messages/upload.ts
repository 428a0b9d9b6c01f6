// Words of uploads (evidence files) and of leaving a form with unsaved text.
export const uploadMessages = {
  uploading: (percent: number) => `正在上传… ${percent}%`,
  processing: "已上传，正在保存…",
  cancel: "取消上传",
  cancelled: "已取消上传，未保存任何内容。",
  failed: "上传失败，请检查网络后重试。",
  unsaved: "表单中有尚未保存的内容，确定要离开吗？",
} as const;
