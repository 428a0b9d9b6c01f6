// A bulletin as an official document (GB/T 9704), as one model that both the page's preview and
// the Word file render, so that what the coordinator previews is what is issued: the red header
// (发文机关 + 文件), 文号, title, the body (总体情况, 存在问题, 下步要求), the list of attachments,
// 落款 and date, the attachments (tables), and the 版记 (抄送, 印发).
import type { IsoDate } from "../dates.ts";
import { COLOURS } from "../status/measure-status.ts";
import { bulletinMessages } from "../../messages/bulletins.ts";
import { extensionMessages } from "../../messages/extensions.ts";
import { qualityMessages } from "../../messages/quality.ts";
import { statusMessages } from "../../messages/status.ts";
import { formatDate } from "../../format.ts";
import { toChineseNumber } from "../notice/chinese-number.ts";
import { condensedReasons, mainReason } from "../status/condensed-reasons.ts";
import type { BulletinDocumentParts, BulletinNarrative, BulletinSnapshot } from "./bulletin-snapshot.ts";

const d = bulletinMessages.document;

/** A column: its header (lines split at \n) and its weight in the width left once every column has
 *  room for its header and short cells (column-widths.ts); 0 for a column of short values. */
export type DocumentColumn = { header: string; width: number };
/** `groups`: a title row spanning the table before row `before` (the red and yellow items by action). */
export type DocumentTable = { columns: DocumentColumn[]; rows: string[][]; groups?: DocumentTableGroup[] };
export type DocumentTableGroup = { before: number; title: string };
export type DocumentSection = { heading: string; paragraphs: string[] };
export type DocumentAttachment = { title: string; table: DocumentTable | null; empty: string };

export type BulletinDocument = {
  issuer: string;
  docNumber: string | null;
  title: string;
  recipients: string;
  opening: string;
  sections: DocumentSection[];
  attachments: DocumentAttachment[];
  /** 落款 and 成文日期. */
  signature: string;
  date: IsoDate;
  cc: string | null;
  printedBy: string;
  printedOn: IsoDate;
};

const paragraphs = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

export function bulletinDocument(
  snapshot: BulletinSnapshot,
  parts: BulletinDocumentParts,
  narrative: BulletinNarrative,
  issuedOn: IsoDate,
): BulletinDocument {
  const [overview, problems, requirements] = d.sections;
  return {
    issuer: parts.issuer,
    docNumber: parts.docNumber,
    title: bulletinMessages.heading(snapshot.periodLabel),
    recipients: d.recipients,
    opening: d.opening(snapshot.plan.title.replace(/^关于印发|的通知$/g, ""), snapshot.periodLabel),
    sections: [
      { heading: overview, paragraphs: paragraphs(narrative.overview) },
      { heading: problems, paragraphs: paragraphs(narrative.problems) },
      { heading: requirements, paragraphs: paragraphs(narrative.requirements) },
    ],
    attachments: attachments(snapshot),
    signature: parts.issuer,
    date: issuedOn,
    cc: parts.cc,
    printedBy: parts.printedBy ?? parts.issuer,
    printedOn: issuedOn,
  };
}

function attachments(snapshot: BulletinSnapshot): DocumentAttachment[] {
  const s = statusMessages;
  const rate = (r: number | null) => (r === null ? "—" : `${r}%`);
  const list: DocumentAttachment[] = [
    {
      title: d.tables.colours,
      table: { columns: COLOURS.map((c) => ({ header: s.colours[c], width: 1 })), rows: [COLOURS.map((c) => String(snapshot.counts[c]))] },
      empty: "",
    },
    {
      title: d.tables.units,
      table: {
        columns: [
          { header: "序号", width: 0 },
          { header: "责任单位", width: 1 },
          { header: "应报", width: 0 },
          { header: "按时\n报送", width: 0 },
          { header: "按时\n报送率", width: 0 },
          { header: "红色\n事项", width: 0 },
          { header: "逾期\n未报", width: 0 },
        ],
        rows: snapshot.units.map((u, i) => [
          String(i + 1),
          u.name,
          String(u.due),
          String(u.onTime),
          rate(u.onTimeRate),
          String(u.red),
          String(u.overdue),
        ]),
      },
      empty: "",
    },
    { title: d.tables.items, table: itemsTable(snapshot), empty: d.none.items },
  ];
  if (snapshot.extensions !== undefined) {
    const e = extensionMessages.bulletin;
    list.push({
      title: d.tables.extensions,
      table: snapshot.extensions.length
        ? {
            columns: [
              { header: e.headers[0], width: 10 },
              { header: e.headers[1], width: 6 },
              { header: e.headers[2], width: 6 },
              { header: e.headers[3], width: 6 },
              { header: e.headers[4], width: 6 },
            ],
            rows: snapshot.extensions.map((x) => [
              e.item(x),
              x.unit,
              formatDate(x.originalDueOn),
              formatDate(x.dueOn),
              formatDate(x.approvedOn),
            ]),
          }
        : null,
      empty: e.none,
    });
  }
  list.push({
    title: d.tables.ledger,
    table: {
      columns: [
        { header: "序号", width: 0 },
        { header: "事项", width: 9 },
        { header: "牵头\n单位", width: 4 },
        { header: "状态", width: 0 },
        { header: "完成\n进度", width: 0 },
        { header: "序时\n进度", width: 0 },
        { header: "原因", width: 9 },
      ],
      rows: snapshot.measures.map((x, i) => [
        String(i + 1),
        `任务${x.task}措施${x.number} ${x.taskTitle}`,
        x.leadUnit,
        s.colours[x.colour],
        x.actual === null ? "—" : `${x.actual}%`,
        `${x.expected}%`,
        condensedReasons(x.reasons, x.units).join("；"),
      ]),
    },
    empty: "",
  });
  if (snapshot.quality !== undefined) {
    const q = qualityMessages.bulletin;
    list.push({
      title: d.tables.quality,
      table: snapshot.quality.length
        ? {
            columns: [
              { header: q.headers[0], width: 6 },
              { header: q.headers[1], width: 7 },
              { header: q.headers[2], width: 4.5 },
              { header: q.headers[3], width: 9 },
              { header: q.headers[4], width: 7 },
            ],
            rows: snapshot.quality.map((x) => [
              x.unit,
              q.item(x.task, x.number, x.periodLabel),
              q.states[x.state],
              x.warnings.join("；"),
              x.explanation ?? "",
            ]),
          }
        : null,
      empty: q.none,
    });
  }
  return list;
}

type SnapshotMeasure = BulletinSnapshot["measures"][number];

/** The red and yellow items, one line each (措施, 牵头单位, 状态, the main reason), grouped by action in
 *  the plan's order, red before yellow within an action. Bulletins issued before the measures carried
 *  their action list the items red first, without groups. */
function itemsTable(snapshot: BulletinSnapshot): DocumentTable | null {
  const items = snapshot.measures.filter((x) => x.colour === "RED" || x.colour === "YELLOW");
  if (items.length === 0) return null;
  const redFirst = (a: SnapshotMeasure, b: SnapshotMeasure) => (a.colour === b.colour ? 0 : a.colour === "RED" ? -1 : 1);
  const grouped = items.every((x) => x.action !== undefined);
  const ordered = grouped ? [...items].sort((a, b) => a.action! - b.action! || redFirst(a, b)) : [...items].sort(redFirst);
  const groups: DocumentTableGroup[] = [];
  if (grouped) {
    ordered.forEach((x, i) => {
      if (i > 0 && ordered[i - 1].action === x.action) return;
      const ofAction = ordered.filter((y) => y.action === x.action);
      const title = snapshot.actions.find((a) => a.number === x.action)?.title ?? "";
      const count = (c: string) => ofAction.filter((y) => y.colour === c).length;
      groups.push({ before: i, title: d.itemGroup(toChineseNumber(x.action!), title, count("RED"), count("YELLOW")) });
    });
  }
  const [no, measure, lead, state, reason] = d.headers.items;
  return {
    columns: [
      { header: no, width: 0 },
      { header: measure, width: 6 },
      { header: lead, width: 4 },
      { header: state, width: 0 },
      { header: reason, width: 9 },
    ],
    rows: ordered.map((x, i) => [
      String(i + 1),
      `任务${x.task}措施${x.number} ${x.taskTitle}`,
      x.leadUnit,
      statusMessages.colours[x.colour],
      mainReason(x.reasons, x.units),
    ]),
    ...(groups.length ? { groups } : {}),
  };
}
