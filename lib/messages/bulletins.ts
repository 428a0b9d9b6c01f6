// 月通报 words.
import { formatDate } from "../format.ts";

export const bulletinMessages = {
  title: "月通报",
  heading: (period: string) => `${period}重点任务推进情况通报`,
  issue: "印发通报",
  choosePeriod: "请选择月份。",
  periodNotFound: "月份不存在。",
  beforeCutOff: (period: string, cutOff: string) => `${period}的报送截止日为${formatDate(cutOff)}，截止后才能印发通报。`,
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
  print: "打印",

  // Drafting before issue: preview, narrative, 文号.
  draft: {
    start: "起草通报（预览）",
    title: "起草月通报",
    month: "月份",
    show: "预览",
    noneIssuable: "目前没有可以印发通报的月份（上月报送截止后才能印发）。",
    preview: "通报预览",
    previewNote: "以下为印发后的样式（Word 文件与此相同）。叙述部分可在下方修改，保存后预览随之更新。",
    overview: "总体情况",
    problems: "存在问题",
    requirements: "下步要求",
    docSeq: "文号序号",
    docSeqHint: (next: number) => `留空则印发时自动取下一个序号（当前为 ${next}）。`,
    save: "保存草稿",
    saved: "草稿已保存。",
    stale: "草稿已被他人修改，请刷新页面后重新编辑（您的修改尚未保存）。",
    tooLong: (n: number) => `内容不能超过 ${n} 字。`,
    seqInvalid: "文号序号应为 1–9999 的整数。",
    seqTaken: (n: number) => `文号序号 ${n} 已被本计划的其他通报使用。`,
    unsaved: "尚未保存草稿：印发时使用系统生成的叙述。",
    savedBy: (who: string, at: string) => `草稿最后由 ${who} 于 ${at} 保存`,
    issueConfirm: "确认印发",
    issueAsk: (label: string) => `印发后通报即冻结，不能修改或撤回。确认印发${label}的通报？`,
    cancel: "取消",
    mustConfirm: "请确认印发。",
  },

  // Per-plan document settings (GB/T 9704).
  settings: {
    title: "通报设置",
    issuer: "发文机关",
    issuerHint: "红色版头和落款使用，留空则使用计划的印发机关。",
    docPrefix: "文号前缀",
    docPrefixHint: "例如 济教督〔2023〕，文号为前缀加序号加“号”。",
    cc: "抄送",
    printedBy: "印发机关",
    save: "保存设置",
    saved: "通报设置已保存。",
    tooLong: (n: number) => `不能超过 ${n} 字。`,
  },

  // The official document (GB/T 9704) and its preview.
  document: {
    headerSuffix: "文件",
    docNumber: (prefix: string, seq: number) => `${prefix}${seq}号`,
    defaultIssuer: "教育局",
    recipients: "各责任单位：",
    /** 现将《2023年…重点任务清单》2023年5月推进情况通报如下： */
    opening: (list: string, label: string) => `现将《${list}》${label}推进情况通报如下：`,
    sections: ["一、总体情况", "二、存在问题", "三、下步要求"] as const,
    attachmentsLead: "附件：",
    attachment: (n: number) => `附件${n}`,
    cc: (text: string) => `抄送：${text}`,
    printed: (by: string, date: string) => ({ by, date: `${date}印发` }),
    pageNumber: (n: string) => `— ${n} —`,
    tables: {
      colours: "红黄蓝分布",
      units: "各单位报送情况",
      items: "红色、黄色事项",
      extensions: "本月批准延期事项",
      ledger: "重点任务推进台账",
      quality: "本月报送中的数据质量提示",
    },
    headers: {
      units: ["序号", "责任单位", "应报", "按时报送", "按时报送率", "红色事项", "逾期未报"],
      items: ["序号", "措施", "牵头单位", "状态", "主要原因"],
      ledger: ["序号", "事项", "牵头单位", "状态", "完成进度", "序时进度", "原因"],
    },
    none: { items: "本月没有红色、黄色事项。" },
    /** A group of the red and yellow items: 一、实施党建领航品牌创建行动（红色2项、黄色1项） */
    itemGroup: (numeral: string, title: string, red: number, yellow: number) =>
      `${numeral}、${title}（${[red ? `红色${red}项` : "", yellow ? `黄色${yellow}项` : ""].filter(Boolean).join("、")}）`,
  },

  // Generated narrative (the coordinator edits it before issue).
  narrative: {
    counts: (asOf: string, total: number, c: { DONE: number; BLUE: number; YELLOW: number; RED: number; NOT_REPORTED: number }) =>
      `截至${asOf}，纳入督办的${total}项措施中，已完成${c.DONE}项，蓝色（按序时推进）${c.BLUE}项，黄色（滞后）${c.YELLOW}项，红色（严重滞后）${c.RED}项` +
      (c.NOT_REPORTED ? `，尚未报送${c.NOT_REPORTED}项。` : "。"),
    progress: (progress: number, reported: number, total: number) =>
      `已报送进度的${reported}项措施（共${total}项）加权平均完成进度为${progress}%。`,
    onTime: (due: number, onTime: number, rate: number) => `各责任单位累计应报进展${due}份，按时报送${onTime}份，按时报送率${rate}%。`,
    noneDue: "截至本月尚无应报的进展。",
    change: (parts: string[]) => `与上月相比，${parts.join("，")}。`,
    unchanged: "与上月相比，各色事项数量没有变化。",
    colourWords: { RED: "红色", YELLOW: "黄色", BLUE: "蓝色", DONE: "已完成" },
    more: (colour: string, n: number) => `${colour}事项增加${n}项`,
    fewer: (colour: string, n: number) => `${colour}事项减少${n}项`,
    problem: (i: number, item: string, unit: string, text: string) => `${i}. ${item}（${unit}）：${text}`,
    noProblems: "本月各牵头单位报送中未反映存在问题。",
    requirements: (redUnits: string[]) =>
      [
        redUnits.length
          ? `1. ${redUnits.join("、")}等有红色事项的单位要认真分析滞后原因，制定整改措施，明确完成时限，尽快赶上序时进度。`
          : "1. 各牵头单位要对照序时进度，查找薄弱环节，确保各项任务按期完成。",
        "2. 各责任单位要按时报送月度进展，如实填报进展情况、存在问题和下步计划，报送率偏低的单位要明确专人负责。",
        "3. 已完成的事项要及时总结经验做法，巩固提升工作成效。",
      ].join("\n"),
  },
} as const;
