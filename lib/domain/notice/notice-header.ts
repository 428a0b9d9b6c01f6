// The notice's front matter: document number (文号), issuer, issue date and the list's title.
import { isValidDate, isoDate, type IsoDate } from "../dates.ts";
import { parseChineseNumber } from "./chinese-number.ts";
import type { NoticeLine } from "./notice-lines.ts";

export type NoticeHeader = {
  title: string | null;
  year: number | null;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: IsoDate | null;
};

const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}\s*[〔［\[（(]\s*(\d{4})\s*[〕］\]）)]\s*\d+\s*号/;
const NOTICE_TITLE = /^(?<issuer>.*?)关于印发(?<subject>.+?)的通知$/;
const ISSUE_DATE =
  /^(?<year>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?<month>[\d一二三四五六七八九十]{1,3})\s*月\s*(?<day>[\d一二三四五六七八九十]{1,3})\s*日$/;
const SENTENCE_END = /[。：:；;，,]$/;

const BRACKETED_DATE = /^[（(]\s*(?<date>\d{4}\s*年[^）)]*?)\s*[）)]$/;
const ISSUER = /^[\u4e00-\u9fff（）()]{2,24}(?:局|委员会|政府|办公室|中心)$/;
const ATTACHMENT = /^附\s*件\s*[0-9０-９]*\s*[：:]?/;

/**
 * Lines that only front matter has: the issue date, 附件, the notice's own title, the issuer's
 * "……文件" line, the document number. The list never reaches above one of them.
 */
export function isFrontMatterMark(text: string): boolean {
  return (
    parseIssueDate(text) !== null ||
    ATTACHMENT.test(text) ||
    NOTICE_TITLE.test(text) ||
    /^\S+文件$/.test(text) ||
    (DOC_NUMBER.test(text) && text.replace(/\s+/g, "").length <= 20)
  );
}

function yearDigits(text: string): number {
  if (/^\d{4}$/.test(text)) return Number(text);
  return Number([...text].map((ch) => (ch === "〇" || ch === "零" ? 0 : parseChineseNumber(ch))).join(""));
}

function toNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumber(text);
}

function parseIssueDate(text: string): IsoDate | null {
  const m = ISSUE_DATE.exec(text);
  if (!m?.groups) return null;
  const year = yearDigits(m.groups.year);
  const month = toNumber(m.groups.month);
  const day = toNumber(m.groups.day);
  if (month === null || day === null || !isValidDate(year, month, day)) return null;
  return isoDate(year, month, day);
}

/**
 * Reads the front matter, i.e. the lines before the list's first action heading.
 * The list title is the short heading right above the first action (it may wrap over lines);
 * when there is none, the subject of "关于印发……的通知" stands in.
 */
export function parseNoticeHeader(front: NoticeLine[]): NoticeHeader {
  const docMatch = front.map((l) => DOC_NUMBER.exec(l.text)).find(Boolean) ?? null;
  const dateIndex = front.findIndex((l) => parseIssueDate(l.text) !== null);
  const issuedOn = dateIndex >= 0 ? parseIssueDate(front[dateIndex].text) : null;
  const noticeTitle = front.map((l) => NOTICE_TITLE.exec(l.text)).find(Boolean) ?? null;

  const titleLines: string[] = [];
  let issuerUnderTitle: string | null = null;
  let dateUnderTitle: IsoDate | null = null;
  for (let i = front.length - 1; i > dateIndex && titleLines.length < 3; i--) {
    const text = front[i].text;
    if (SENTENCE_END.test(text) || text.length > 60 || DOC_NUMBER.test(text) || ATTACHMENT.test(text)) break;
    // A county list without a covering notice puts its issuer and a bracketed date under the title.
    const bracketed = BRACKETED_DATE.exec(text);
    if (titleLines.length === 0 && bracketed) {
      dateUnderTitle ??= parseIssueDate(bracketed.groups!.date);
      continue;
    }
    if (titleLines.length === 0 && ISSUER.test(text)) {
      issuerUnderTitle ??= text;
      continue;
    }
    titleLines.unshift(text);
  }
  const title = titleLines.join("") || noticeTitle?.groups?.subject.replace(/^[《“]|[》”]$/g, "") || null;

  const issuerLine = front.find((l) => /^\S+文件$/.test(l.text))?.text.replace(/文件$/, "");
  const signature = dateIndex > 0 && !SENTENCE_END.test(front[dateIndex - 1].text) ? front[dateIndex - 1].text : null;
  const issuer = issuerLine ?? (noticeTitle?.groups?.issuer || null) ?? signature ?? issuerUnderTitle;

  const issued = issuedOn ?? dateUnderTitle;
  const yearText = title?.match(/(\d{4})\s*年/)?.[1] ?? docMatch?.[1] ?? issued?.slice(0, 4) ?? null;
  return {
    title,
    year: yearText ? Number(yearText) : null,
    docNumber: docMatch ? docMatch[0].replace(/\s+/g, "") : null,
    issuer: issuer?.trim() || null,
    issuedOn: issued,
  };
}
