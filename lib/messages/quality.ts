// Words of issue 15: data-quality warnings (数据质量), their settings and panel, the 只增不减 mark,
// future periods, and done / reopened measures.
const n = (x: number) => String(Math.round(x * 100) / 100);

export const qualityMessages = {
  /** One warning per rule (lib/domain/quality/report-checks.ts). */
  warnings: {
    progressFell: (before: number, now: number) => `累计完成进度由上次报送的 ${before}% 降至 ${now}%`,
    progressJump: (before: number, now: number, limit: number) =>
      `完成进度由上次报送的 ${before}% 升至 ${now}%，一次提高 ${now - before} 个百分点，超过 ${limit} 个百分点`,
    indicatorFell: (label: string, before: number, now: number, unit: string) =>
      `指标“${label}”要求只增不减，实际值由上次报送的 ${n(before)}${unit} 降至 ${n(now)}${unit}`,
    indicatorAboveTarget: (label: string, actual: number, target: number, unit: string, multiple: number) =>
      `指标“${label}”实际值 ${n(actual)}${unit} 超过目标 ${n(target)}${unit} 的 ${n(multiple)} 倍`,
    completeEarly: (days: number) => `距完成时限还有 ${days} 天即报完成 100%，但未附佐证材料`,
  },
  form: {
    title: "数据质量提示",
    intro: "以下数据与以往报送或目标相比异常。请核对；如数据无误，请在下方说明情况后再提交。",
    explanation: "情况说明",
    explanationHint: "说明数据变化的原因（如统计口径调整、上期填报有误等），审核人员会看到。",
    required: (count: number) => `本次报送有 ${count} 条数据质量提示，请填写情况说明后再提交。`,
    tooLong: (limit: number) => `情况说明不能超过 ${limit} 字。`,
  },
  /** On the review desk and the measure page. */
  review: {
    badge: (count: number) => `数据质量提示 ${count} 条`,
    explanation: "报送单位说明",
    none: "无",
  },
  panel: {
    title: "数据质量",
    intro: "报送时触发数据质量提示、经报送单位说明后提交的报告。待审核的需重点核实。",
    unit: "责任单位",
    open: "待审核",
    accepted: "已审核通过",
    empty: "目前没有带数据质量提示的报告。",
    item: (task: number, measure: number, period: string) => `任务${task} 措施${measure} · ${period}`,
    review: "去审核",
  },
  settings: {
    title: "数据质量阈值",
    intro: "报送时超出以下阈值的数据会提示报送单位核对并说明情况。",
    jumpPoints: "完成进度一次提高超过（个百分点）",
    targetMultiple: "指标实际值超过目标的倍数",
    jumpRange: "请填写 1 到 100 之间的整数。",
    multipleRange: "请填写 1 到 100 之间的数。",
    saved: "数据质量阈值已保存。",
    save: "保存",
  },
  mustNotFall: {
    label: "只增不减",
    hint: "累计值不应下降：报送的实际值低于该单位上次报送时提示核对。",
    on: "标记为只增不减",
    off: "取消只增不减",
    saved: "已更新指标标记。",
    notFound: "指标不存在。",
  },
  bulletin: {
    include: "附上本月报送中的数据质量提示",
    section: "本月报送中的数据质量提示",
    sheet: "数据质量",
    headers: ["责任单位", "事项", "审核状态", "数据质量提示", "报送单位说明"] as const,
    item: (task: number, measure: number, period: string) => `任务${task} 措施${measure}（${period}）`,
    states: { SUBMITTED: "待审核", APPROVED: "已审核通过" } as const,
    none: "本月报送中没有数据质量提示。",
  },
  futurePeriod: (label: string, startsOn: string) => `${label}尚未开始（${startsOn} 开始），不能填报。`,
  done: {
    notOwed: "该措施已审核通过完成 100%，此后无需再报送。如需继续报送，请局机关重新打开该措施。",
    reopen: "重新打开",
    reopenTitle: "重新打开已完成的措施",
    reopenHint: "重新打开后，各责任单位恢复定期报送。",
    reasonLabel: "重新打开的原因",
    reasonRequired: "请填写重新打开的原因。",
    reasonTooLong: "原因不能超过 500 字。",
    notDone: "该措施尚未完成，无需重新打开。",
    measureNotFound: "措施不存在。",
    reopened: "已重新打开，各责任单位恢复定期报送。",
  },
} as const;
