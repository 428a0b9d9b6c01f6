// Chinese messages for notice import errors. Shown to bureau staff in the CLI and (later) the UI,
// so they name the line and quote the words that could not be read.

const excerpt = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

export const importErrors = {
  empty: () => "文件为空：没有可导入的内容。",
  noActions: () => "未找到任何行动：清单应以“一、实施……行动”这样的行动标题开始。",
  noTasks: () => "未找到任何任务：行动下应有“任务1：……”这样的任务。",
  taskOutsideAction: (number: string) => `任务${number}不在任何行动之下：请在它前面加上“一、……行动”标题。`,
  actionWithoutTasks: (title: string) => `行动“${excerpt(title)}”下没有任何任务。`,
  taskWithoutMeasures: (number: number) => `任务${number}没有任何措施。`,
  measureWithoutUnit: (text: string) => `措施缺少责任单位：“${excerpt(text)}”应以“（责任单位：……）”结尾。`,
  emptyUnitList: () => "责任单位为空：“（责任单位：）”中至少要写一个单位。",
  textOutsideTask: (text: string) => `无法归入任何任务的内容：“${excerpt(text)}”。`,
  noYear: () => "无法确定清单所属年份：标题或文号中应含有年份（如“2023年……重点任务清单”）。",
  unreadableFile: (name: string, reason: string) => `无法读取文件“${name}”：${reason}`,
  unsupportedFormat: (name: string) => `不支持的文件格式“${name}”：请提供 .txt 或 .docx 文件。`,
  notUtf8: () => "不是 UTF-8 编码的文本，请另存为 UTF-8 后再导入。",
  notDocx: () => "不是有效的 Word（.docx）文件。",
  atLine: (line: number, message: string) => `第${line}行：${message}`,
  dropsWorkedMeasures: (measures: { task: number; number: number; reports: number; problems: number; other: number }[]) =>
    `更正后的通知删去了已有工作记录的措施，未导入任何内容：\n${measures
      .map((m) => `任务${m.task}措施${m.number}：进展报告 ${m.reports} 份，问题台账 ${m.problems} 条，其他记录（延期申请、巡查结果、催办）${m.other} 条`)
      .join("\n")}\n请在通知中保留这些措施，或先处理这些记录后再导入。`,
};
