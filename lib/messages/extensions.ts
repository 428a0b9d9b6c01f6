// 延期申请 words: a unit asks for a later due date for a measure or a ledger entry; the bureau
// approves or rejects it with a comment.

const PROBLEM_LABEL_LENGTH = 30;

export const extensionMessages = {
  title: "延期申请",
  /** How an item is named in lists and notifications: 任务14 措施1, or the ledger entry's description. */
  itemLabel: (measure: { number: number; task: { number: number } }, problem: { description: string } | null) => {
    const name = `任务${measure.task.number} 措施${measure.number}`;
    if (!problem) return name;
    const text =
      problem.description.length > PROBLEM_LABEL_LENGTH ? `${problem.description.slice(0, PROBLEM_LABEL_LENGTH)}…` : problem.description;
    return `问题台账“${text}”（${name}）`;
  },
  newTitle: "申请延期",
  requestLink: "申请延期",
  states: { PENDING: "待审批", APPROVED: "已批准", REJECTED: "未批准" },
  kinds: { MEASURE: "措施", PROBLEM: "问题台账" },

  // Validation and refusals
  chooseItem: "请从措施页面或问题台账进入，选择要延期的事项。",
  oneItem: "一次只能为一个事项申请延期。",
  dateRequired: "请选择申请延期至的日期。",
  dateInvalid: "日期格式应为 YYYY-MM-DD。",
  notLater: (current: string) => `申请的完成时限须晚于当前完成时限（${current}）。`,
  notBeforeToday: (today: string) => `申请的完成时限不能早于今天（${today}）。`,
  reasonRequired: "请填写延期理由。",
  reasonTooLong: (max: number) => `延期理由不能超过 ${max} 个字。`,
  commentRequired: "驳回时请填写审批意见。",
  commentTooLong: (max: number) => `审批意见不能超过 ${max} 个字。`,
  chooseDecision: "请选择批准或驳回。",
  itemNotFound: "事项不存在，或不属于本单位。",
  problemResolved: "该问题已销号，无需延期。",
  pendingExists: (requested: string) => `本单位已有一份待审批的延期申请（申请延期至 ${requested}），请等待审批结果。`,
  requestNotFound: "延期申请不存在，或您无权查看。",
  alreadyDecided: (state: string) => `该申请${state}，不能再次审批。`,
  versionConflict: "该申请已被他人处理或修改，请刷新页面后查看最新状态。",
  dueMovedMeanwhile: (due: string) => `该事项的完成时限已调整为 ${due}，不晚于此日期的申请不能批准，请驳回。`,
  forbiddenList: "延期申请仅供责任单位填报员和局机关督办人员使用。",
  forbiddenRequest: "只有事项所属责任单位的填报员可以申请延期。",

  // Results
  requested: "延期申请已提交，等待局机关审批。",
  approved: "已批准延期。",
  rejected: "已驳回延期申请。",

  // Notifications to the unit (decisions) and to the bureau (new requests)
  notification: {
    requestedTitle: (requester: string, item: string) => `${requester}申请延期：${item}`,
    reason: (reason: string) => `理由：${reason}`,
    approvedTitle: (item: string) => `延期申请已批准：${item}`,
    rejectedTitle: (item: string) => `延期申请未获批准：${item}`,
    body: (from: string, to: string, comment: string | null) => `原定 ${from}，申请延期至 ${to}。${comment ? `审批意见：${comment}` : ""}`,
  },

  // The form
  form: {
    item: "延期事项",
    currentDue: "当前完成时限",
    originalDue: "原定完成时限",
    requestedDue: "申请延期至",
    requestedHint: "须晚于当前完成时限。",
    reason: "延期理由",
    reasonHint: (max: number) => `说明不能按期完成的原因和新的安排，不超过 ${max} 字。`,
    submit: "提交申请",
    submitting: "正在提交…",
    pending: "本单位的延期申请正在审批中：",
    backToMeasure: "返回措施",
    backToProblem: "返回问题台账",
  },

  // The list
  list: {
    intro:
      "责任单位因客观原因不能按期完成措施或台账问题时，在措施页面或问题台账中提出延期申请，由局机关督办人员审批。批准后，序时进度和红黄蓝状态按新的完成时限计算，原定时限仍然保留。",
    unitIntro: "本单位提出的延期申请。在措施页面或问题台账中点击“申请延期”提出新的申请。",
    pendingTitle: (n: number) => `待审批（${n}）`,
    decidedTitle: "已处理",
    mineTitle: "本单位的延期申请",
    noPending: "没有待审批的延期申请。",
    noDecided: "暂无已处理的延期申请。",
    none: "本单位尚未提出延期申请。",
    more: (n: number) => `仅显示最近 ${n} 条。`,
    unit: "申请单位",
    requestedBy: (name: string, at: string) => `${name} 于 ${at} 提出`,
    decidedBy: (name: string, at: string) => `${name} 于 ${at} 审批`,
    change: "时限变更",
    pendingChange: (current: string, requested: string) => `当前完成时限 ${current}，申请延期至 ${requested}`,
    rejectedChange: (current: string, requested: string) => `申请由 ${current} 延期至 ${requested}，未获批准`,
    reason: "延期理由",
    comment: "审批意见",
    commentOptional: "审批意见（驳回时必填）",
    approve: "批准",
    reject: "驳回",
    deciding: "正在处理…",
    view: "查看",
  },

  // On the measure page
  measure: {
    title: "延期申请",
    none: "暂无延期申请。",
    pendingNote: "本单位的延期申请正在审批中。",
  },

  // In the monthly bulletin
  bulletin: {
    section: "本月批准延期事项",
    none: "本月没有批准延期的事项。",
    headers: ["事项", "责任单位", "原定完成时限", "延期至", "批准日期"] as const,
    sheet: "批准延期",
    approvedOn: (date: string) => `${date}批准`,
    /** 任务14 措施1 强化师德师风建设, or 问题台账“…”（任务14 措施1）. */
    item: (x: { task: number; number: number; taskTitle: string; problem: string | null }) =>
      x.problem === null ? `任务${x.task} 措施${x.number} ${x.taskTitle}` : `问题台账“${x.problem}”（任务${x.task} 措施${x.number}）`,
  },
} as const;
