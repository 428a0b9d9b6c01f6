// Words of the review desk (审核台), the waiting count in the navigation, and 一键催报.
export const deskMessages = {
  title: "审核台",
  open: "打开审核",
  openShort: "打开",
  start: (n: number) => `进入审核台（${n} 份待审核）`,
  position: (n: number, total: number) => `待审核第 ${n} / ${total} 份`,
  notWaiting: "这份报告已不在待审核之列。",
  backToQueue: "返回审核列表",
  viewMeasure: "查看措施",
  previous: "上一份",
  next: "下一份",
  keysHint: "快捷键：J 或 → 下一份，K 或 ← 上一份",
  keysLabel: "键盘操作",
  thisReport: "本期报告",
  previousReport: (period: string) => `上期报告（${period}）`,
  noPreviousReport: "该单位此前没有提交过这项措施的报告。",
  expected: "序时进度",
  expectedNote: (date: string, expected: number) => `截至 ${date}，这项措施的序时进度为 ${expected}%。`,
  statusNote: "该日措施状态",
  percentVsExpected: (percent: number, expected: number) => {
    const gap = Math.round((expected - percent) * 10) / 10;
    return gap > 0 ? `本期进度低于序时进度 ${gap} 个百分点` : `本期进度达到序时进度`;
  },
  notFound: "找不到这份报告，或您无权审核它。",
  decided: "已处理，正在打开下一份…",
  opened: "已查看",
  notOpenedHint: "未查看",
  notOpened: (n: number) => `有 ${n} 份报告您尚未在审核台打开查看，不能批量通过。请逐份打开后再批量通过。`,
  bulkHint: "只能勾选您已在审核台打开查看过的报告。",
  navWaiting: (n: number) => `${n} 份待审核`,
  arrived: {
    title: (unit: string) => `${unit}报送了进展报告，待审核`,
    body: (plan: string, measure: string, period: string) => `【${plan}】${measure}（${period}）等，请在“审核”中查看。`,
  },
} as const;
