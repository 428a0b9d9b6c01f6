// Chinese messages for notice import errors. Shown to bureau staff in the CLI and (later) the UI,
// so they name the line and quote the words that could not be read.

const excerpt = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

export const importErrors = {
  empty: () => "文件为空：没有可导入的内容。",
  noActions: () =>
    "未找到任何行动或任务：清单应由“一、……”“（一）……”“任务1：……”或“1. ……”这样编号的标题组成，每条措施以“（责任单位：……）”结尾。",
  noTasks: () => "未找到任何任务：任务应以“任务1：”“1.”“（一）”或“一、”这样的编号开头。",
  noUnits: () => "未找到任何责任单位：每条措施应以“（责任单位：……）”或“（牵头单位：……；配合单位：……）”结尾。",
  tooManyLevels: (label: string) =>
    `编号层级过多：“${label}”这一级在行动之上，无法归入行动、任务或措施；请删去这一级标题，或把清单拆成几份分别导入。`,
  headingOutsideParent: (text: string, parent: string) => `“${excerpt(text)}”不在任何“${parent}”标题之下：请在它前面加上上一级标题。`,
  taskWithoutTitle: (text: string) => `任务没有标题：“${excerpt(text)}”的编号后没有文字。`,
  tableRowTooWide: (cells: number, columns: number) => `表格这一行有 ${cells} 列，而表头只有 ${columns} 列，无法确定各列的内容。`,
  tableRowWithoutTask: (text: string) => `表格行不属于任何任务：“${excerpt(text)}”所在行的“任务”列为空，上面也没有任务。`,
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
      .map(
        (m) =>
          `任务${m.task}措施${m.number}：进展报告 ${m.reports} 份，问题台账 ${m.problems} 条，其他记录（延期申请、巡查结果、催办）${m.other} 条`,
      )
      .join("\n")}\n请在通知中保留这些措施，或先处理这些记录后再导入。`,
};
