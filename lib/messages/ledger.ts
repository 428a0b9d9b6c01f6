// 台账 (the ledger export) words.
export const ledgerMessages = {
  title: (plan: string, asOf: string) => `${plan}重点任务台账（截至${asOf}）`,
  fileName: (asOf: string) => `重点任务台账（截至${asOf}）`,
  columns: ["序号", "任务", "措施内容", "责任单位（牵头/配合）", "完成时限", "目标", "进展情况", "完成进度", "存在问题", "下步计划", "状态", "原因"],
  actionSheet: (n: number) => `行动${n}`,
  task: (task: number, measure: number, title: string) => `任务${task}（措施${measure}）\n${title}`,
  lead: (names: string) => `牵头：${names}`,
  co: (names: string) => `配合：${names}`,
  extendedDue: (due: string, original: string) => `${due}（延期，原定${original}）`,
  byInvalid: "台账分表方式应为 action（按行动）或 unit（按单位）。",
} as const;
