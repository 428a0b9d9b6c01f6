// 月通报 words.

export const bulletinMessages = {
  title: "月通报",
  heading: (period: string) => `${period}重点任务推进情况通报`,
  issue: "印发通报",
  choosePeriod: "请选择月份。",
  periodNotFound: "月份不存在。",
  beforeCutOff: (period: string, cutOff: string) => `${period}的报送截止日为 ${cutOff}，截止后才能印发通报。`,
  alreadyIssued: (period: string) => `${period}的通报已经印发，不能重复印发。`,
  issued: "通报已印发。",
  none: "尚未印发任何通报。",
  issuedAt: "印发时间",
  asOf: "数据截至",
  download: "下载",
  word: "Word",
  excel: "Excel",
  notFound: "通报不存在。",
  sections: { summary: "总体情况", items: "红色、黄色事项", units: "各单位报送情况", measures: "全部措施" },
} as const;
