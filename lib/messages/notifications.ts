// Words of the notification centre, the reminders, 催办 and the notification mails.
import { formatDate } from "../format.ts";
import { messages } from "./zh-CN.ts";

const measureLabel = (taskNumber: number, measureNumber: number) =>
  `${messages.tasks.number(taskNumber)} ${messages.tasks.measure(measureNumber)}`;
/** A ledger entry's description, cut for a title. */
const shortText = (text: string, max = 24) => (text.length > max ? `${text.slice(0, max)}…` : text);

export type ReportRef = { taskNumber: number; measureNumber: number; periodLabel: string };
export type ProblemRef = { description: string };

export const notificationMessages = {
  title: "通知",
  intro: "到期提醒、逾期提醒、退回、催办等消息。未读的催办置顶显示。",
  bell: (unread: number) => (unread > 0 ? `通知（${unread} 条未读）` : "通知（没有未读）"),
  unreadCount: (n: number) => `未读 ${n} 条`,
  total: (n: number) => `共 ${n} 条`,
  empty: "暂无通知。",
  noOthers: "没有其他通知。",
  pinned: "置顶催办",
  pinnedHint: "未读的催办显示在最前面，标记已读后按时间排列。",
  others: "全部通知",
  unread: "未读",
  read: "已读",
  open: "查看",
  markRead: "标为已读",
  markAllRead: "全部标为已读",
  marking: "正在标记…",
  markedRead: "已标为已读。",
  markedAllRead: (n: number) => (n > 0 ? `已将 ${n} 条通知标为已读。` : "没有未读通知。"),
  notFound: "找不到这条通知。",
  page: (page: number, pages: number) => `第 ${page} / ${pages} 页`,
  previousPage: "上一页",
  nextPage: "下一页",
  kinds: {
    REPORT_DUE_SOON: "即将到期",
    REPORT_OVERDUE: "逾期未报",
    REPORT_RETURNED: "退回修改",
    REPORT_SUBMITTED: "报告待审核",
    PROBLEM_ASSIGNED: "新增问题",
    PROBLEM_DUE_SOON: "整改即将到期",
    PROBLEM_OVERDUE: "整改逾期",
    RESOLUTION_DECIDED: "整改审核",
    EXTENSION_REQUESTED: "延期申请",
    EXTENSION_DECIDED: "延期审批",
    CHASE: "催办",
  } as Record<string, string>,

  reminders: {
    /** The body of a reminder with the plan it belongs to: "【2023年度 · 市本级】报送截止日期为…" */
    inPlan: (plan: string, body: string) => `【${plan}】${body}`,
    reportDueSoon: (r: ReportRef, dueOn: string, days: number) => ({
      title: `${measureLabel(r.taskNumber, r.measureNumber)}：${r.periodLabel}进展${days === 0 ? "今天" : ` ${days} 天后`}截止报送`,
      body: `报送截止日期为${formatDate(dueOn)}，请按时提交进展报告。`,
    }),
    reportOverdue: (r: ReportRef, dueOn: string, days: number) => ({
      title: `${measureLabel(r.taskNumber, r.measureNumber)}：${r.periodLabel}进展已逾期 ${days} 天未报送`,
      body: `报送截止日期为${formatDate(dueOn)}，请尽快提交进展报告。`,
    }),
    problemDueSoon: (p: ProblemRef, dueOn: string, days: number) => ({
      title: `问题台账“${shortText(p.description)}”${days === 0 ? "今天" : `${days} 天后`}到期`,
      body: `完成时限为${formatDate(dueOn)}，请按时整改并提交整改情况。`,
    }),
    problemOverdue: (p: ProblemRef, dueOn: string, days: number) => ({
      title: `问题台账“${shortText(p.description)}”已逾期 ${days} 天`,
      body: `完成时限为${formatDate(dueOn)}，请尽快整改并提交整改情况，或申请延期。`,
    }),
  },
  returned: (r: ReportRef, reason: string) => ({
    title: `${measureLabel(r.taskNumber, r.measureNumber)}：${r.periodLabel}进展被退回修改`,
    body: `退回原因：${reason}`,
  }),

  chase: {
    formTitle: "催办",
    formIntro: "向责任单位发送催办，对方会在通知中置顶看到，并记入本措施的历史。",
    unit: "责任单位",
    period: "报送期",
    message: "催办内容",
    messagePlaceholder: "如：请于明日下班前补报5月进展。",
    send: "发送催办",
    sending: "正在发送…",
    sent: (unitName: string, recipients: number) =>
      recipients > 0 ? `已向${unitName}发送催办（${recipients} 个账号）。` : `已记录对${unitName}的催办；该单位暂无可接收通知的账号。`,
    notificationTitle: (sender: string, subject: string) => `${sender}催办：${subject}`,
    reportSubject: (r: ReportRef) => `${measureLabel(r.taskNumber, r.measureNumber)} ${r.periodLabel}进展`,
    problemSubject: (p: ProblemRef) => `问题台账“${shortText(p.description)}”`,
    history: (unitName: string) => `催办 ${unitName}`,
    historyProblem: (description: string) => `问题台账“${shortText(description)}”`,
    messageRequired: "请填写催办内容。",
    messageTooLong: "催办内容不能超过 500 个字。",
    chooseUnit: "请选择责任单位。",
    choosePeriod: "请选择报送期。",
    chooseTarget: "请选择催办的报告或问题。",
    measureNotFound: "找不到该措施，或该单位不是它的责任单位。",
    periodNotFound: "找不到该报送期。",
    problemNotFound: "找不到该问题台账条目。",
    problemResolved: "该问题已销号，无需催办。",
  },

  mail: {
    subject: (title: string) => `【督办】${title}`,
    greeting: (name: string) => `${name}：`,
    link: (url: string) => `查看详情：${url}`,
    noLink: "请登录督办平台查看详情。",
    footer: "本邮件由督办平台自动发送，请勿直接回复。",
  },
};
