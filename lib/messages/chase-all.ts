// Words of 一键催报 (chase every unit whose reports are overdue).
import { messages } from "./zh-CN.ts";

type Item = { taskNumber: number; measureNumber: number; periodLabel: string };
const LIST_MAX = 10;

export const chaseAllMessages = {
  open: (units: number) => `一键催报（${units} 个单位逾期未报）`,
  none: "目前没有逾期未报的单位。",
  allChasedToday: (units: number) => `逾期未报的 ${units} 个单位今天都已催办过。`,
  confirmText: (units: number, reports: number, chasedToday: number, plan: string) =>
    `【${plan}】逾期未报的单位 ${units} 个（逾期报告 ${reports} 份）` +
    (chasedToday > 0 ? `，其中 ${chasedToday} 个今天已催办过，不再重复` : "") +
    `。确认后将向 ${units - chasedToday} 个单位发送催办。`,
  message: "催办内容",
  defaultMessage: "你单位有进展报告逾期未报，请尽快填报并提交。",
  confirm: "确认催报",
  sending: "正在催报…",
  done: (units: number, reports: number, skipped: number) =>
    units === 0
      ? skipped > 0
        ? `今天已催办过这 ${skipped} 个单位，未重复催办。`
        : "目前没有逾期未报的单位。"
      : `已向 ${units} 个单位催报 ${reports} 份逾期报告` + (skipped > 0 ? `（${skipped} 个单位今天已催办过，未重复）。` : "。"),
  subject: (n: number) => `${n} 份进展报告逾期未报`,
  itemList: (items: Item[]) =>
    "逾期未报：" +
    items
      .slice(0, LIST_MAX)
      .map((i) => `${messages.tasks.number(i.taskNumber)} ${messages.tasks.measure(i.measureNumber)} ${i.periodLabel}`)
      .join("；") +
    (items.length > LIST_MAX ? ` 等 ${items.length} 份` : ""),
  planNotFound: "找不到该计划。",
} as const;
