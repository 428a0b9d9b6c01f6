// A bulletin document (lib/domain/bulletin/bulletin-document.ts) as a Word file after GB/T 9704
// (党政机关公文格式): A4 with top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; the 发文机关标志 in
// red 小标宋 with a red rule under the 文号; the title in 小标宋 二号; the body in 仿宋 三号 on a
// fixed 28 pt line, 一、 headings in 黑体 and （一） in 楷体; 落款 and date; each attachment on a
// page of its own; the 版记 (抄送, 印发) between rules at the foot of the last page; page numbers
// "— N —" in 宋体 四号, right on odd pages and left on even ones. Fonts are named, never embedded: font-table.ts gives Word each
// one's fallback (仿宋_GB2312 → 仿宋 → FangSong …).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  FrameAnchorType,
  FrameWrap,
  HorizontalPositionAlign,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalPositionAlign,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from "docx";
import { columnWidths, textWidth } from "../domain/bulletin/column-widths.ts";
import type { BulletinDocument, DocumentTable } from "../domain/bulletin/bulletin-document.ts";
import { formatDate } from "../format.ts";
import { bulletinMessages } from "../messages/bulletins.ts";
import { FONTS, withFontFallbacks } from "./font-table.ts";

const d = bulletinMessages.document;
const MM = 56.6929; // twips
export const PAGE = {
  width: 11906,
  height: 16838,
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const RED = "E60012";
/** Sizes in half-points: 三号 16 pt, 四号 14 pt, 五号 10.5 pt (tables), 二号 22 pt. */
const SIZE = { body: 32, small: 28, table: 21, title: 44, header: 72 };
/** 三号 characters are 16 pt = 320 twips wide: two of them indent a paragraph. */
const CHAR = 320;
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
export const TABLE_CHAR = 210;

const run = (text: string, font: string, size = SIZE.body, more: IRunOptions = {}) =>
  new TextRun({ text, font: { eastAsia: font, ascii: FONTS.latin, hAnsi: FONTS.latin }, size, ...more });
const body = (text: string, font: string = FONTS.body) =>
  new Paragraph({ spacing: LINE, indent: { firstLine: 2 * CHAR }, children: [run(text, font)] });
const blank = () => new Paragraph({ spacing: LINE, children: [run("", FONTS.body)] });

export async function officialDocx(doc: BulletinDocument): Promise<Buffer> {
  const file = new Document({
    creator: doc.issuer,
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: { eastAsia: FONTS.body, ascii: FONTS.latin, hAnsi: FONTS.latin }, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: 851,
              footer: Math.round(28 * MM) - 280,
            },
          },
        },
        footers: { default: pageNumberFooter(AlignmentType.RIGHT), even: pageNumberFooter(AlignmentType.LEFT) },
        children: [...redHeader(doc), ...bodyPart(doc), ...attachmentPages(doc), ...recordBlock(doc)],
      },
    ],
  });
  return withFontFallbacks(await Packer.toBuffer(file));
}

/** "— N —" in 宋体 四号, one character in from the edge. */
function pageNumberFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  const font = { eastAsia: FONTS.song, ascii: FONTS.song, hAnsi: FONTS.song };
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: alignment === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font, size: SIZE.small })],
      }),
    ],
  });
}

/** 发文机关标志, 文号 and the red rule under it. */
function redHeader(doc: BulletinDocument): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240 },
      children: [run(`${doc.issuer}${d.headerSuffix}`, FONTS.title, SIZE.header, { color: RED, characterSpacing: 20 })],
    }),
    blank(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...LINE, after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
      children: [run(doc.docNumber ?? "", FONTS.body)],
    }),
    blank(),
  ];
}

function bodyPart(doc: BulletinDocument): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
      children: [run(doc.title, FONTS.title, SIZE.title)],
    }),
    blank(),
    new Paragraph({ spacing: LINE, children: [run(doc.recipients, FONTS.body)] }),
    body(doc.opening),
  ];
  for (const section of doc.sections) {
    out.push(body(section.heading, FONTS.hei));
    for (const text of section.paragraphs) out.push(body(text, /^[（(][一二三四五六七八九十]+[）)]/.test(text) ? FONTS.kai : FONTS.body));
  }
  // 附件说明: "附件：1.…" with the following lines under the first title.
  out.push(blank());
  doc.attachments.forEach((a, i) => {
    const label = i === 0 ? d.attachmentsLead : "";
    out.push(
      new Paragraph({
        spacing: LINE,
        indent: { left: 2 * CHAR + 3 * CHAR, hanging: i === 0 ? 3 * CHAR : 0 },
        children: [run(`${label}${i + 1}.${a.title}`, FONTS.body)],
      }),
    );
  });
  // 落款 over the date, the date four characters in from the right.
  const dateText = formatDate(doc.date);
  const signatureRight = 4 + (textWidth(dateText) - textWidth(doc.signature)) / 2;
  out.push(blank(), blank());
  out.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right: Math.max(0, Math.round(signatureRight * CHAR)) },
      children: [run(doc.signature, FONTS.body)],
    }),
  );
  out.push(
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: 4 * CHAR }, children: [run(dateText, FONTS.body)] }),
  );
  return out;
}

/** Each attachment on a new page: 附件N (黑体), its title (小标宋), its table. */
function attachmentPages(doc: BulletinDocument): (Paragraph | Table)[] {
  return doc.attachments.flatMap((a, i) => [
    new Paragraph({ spacing: LINE, children: [new PageBreak(), run(d.attachment(i + 1), FONTS.hei)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 240 },
      children: [run(a.title, FONTS.title, SIZE.title)],
    }),
    a.table ? table(a.table) : body(a.empty),
  ]);
}

/** 版记: 抄送 and 印发机关 + 印发日期 between rules (the outer ones thicker), at the foot of the last
 *  page (GB/T 9704 7.3), not on a page of its own: two frames on the bottom of the text area, after an
 *  empty paragraph as tall as they are. The frames land on the page that paragraph ends on, so the
 *  text before never runs under them; where the last page has no room left, paragraph and frames go
 *  to the next page together (the 版记 alone on it, as when a document is typed), and the tables stay
 *  where they are. The 印发 line is aligned to the bottom; the 抄送 frame is placed above it by its
 *  line count (lines are of exact height). LibreOffice keeps a framed paragraph's borders only when
 *  every paragraph of the frame has the same, hence a frame each. */
function recordBlock(doc: BulletinDocument): Paragraph[] {
  const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: "000000", space: 0 });
  const anchor = { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN };
  const line = (text: TextRun[], more: Partial<IParagraphOptions>) =>
    new Paragraph({ spacing: LINE, indent: { left: CHAR, right: CHAR }, children: text, ...more });
  const printed = line([run(doc.printedBy, FONTS.body, SIZE.small), run(`\t${formatDate(doc.printedOn)}印发`, FONTS.body, SIZE.small)], {
    frame: {
      type: "alignment",
      alignment: { x: HorizontalPositionAlign.CENTER, y: VerticalPositionAlign.BOTTOM },
      anchor,
      width: TEXT_WIDTH,
      wrap: FrameWrap.NONE,
    },
    tabStops: [{ type: "right", position: TEXT_WIDTH - 2 * CHAR }],
    border: { top: rule(doc.cc ? RULE.thin : RULE.thick), bottom: rule(RULE.thick) },
  });
  if (!doc.cc) return [spacer(printedHeightOf(false)), printed, endParagraph()];
  const ccText = d.cc(doc.cc);
  const ccLines = Math.max(1, Math.ceil(textWidth(ccText) / RECORD_CAPACITY));
  const ccTop = Math.round(TEXT_HEIGHT - printedHeightOf(true) - ccLines * LINE.line - RULE.thick * 2.5);
  const cc = line([run(ccText, FONTS.body, SIZE.small)], {
    frame: {
      type: "absolute",
      position: { x: 0, y: ccTop },
      anchor,
      width: TEXT_WIDTH,
      wrap: FrameWrap.NONE,
    },
    border: { top: rule(RULE.thick) },
  });
  return [spacer(Math.round(TEXT_HEIGHT - ccTop)), cc, printed, endParagraph()];
}

const printedHeightOf = (withCc: boolean) => LINE.line + (withCc ? RULE.thin : RULE.thick) * 2.5 + RULE.thick * 2.5;
/** Room for the 版记 after the last text: an empty paragraph as tall as it. */
const spacer = (height: number) =>
  new Paragraph({ spacing: { line: height, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [run("", FONTS.body, 2)] });
/** Rules of the 版记 in eighths of a point: 0.35 mm outside, 0.25 mm between. */
const RULE = { thick: 8, thin: 6 };
/** 四号 characters on a 版记 line: the text width less a character's indent on either side. */
const RECORD_CAPACITY = Math.floor((TEXT_WIDTH - 2 * CHAR) / 280) - 1;
const TEXT_HEIGHT = PAGE.height - PAGE.top - PAGE.bottom;
/** The paragraph a document ends with after framed paragraphs (LibreOffice needs one to make the frames). */
const endParagraph = () => new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [run("", FONTS.body, 2)] });

function table(t: DocumentTable): Table {
  const widths = columnWidths(t, TEXT_WIDTH, TEXT_WIDTH / TABLE_CHAR).map(Math.floor);
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: TABLE_CHAR / 2, right: TABLE_CHAR / 2 },
      children: text.split("\n").map(
        (line) =>
          new Paragraph({
            alignment: header || textWidth(line) <= 8 ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [run(line, header ? FONTS.hei : FONTS.body, SIZE.table)],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c.header, i, true)) }),
      ...t.rows.flatMap((r, index) => [
        ...(t.groups ?? []).filter((g) => g.before === index).map((g) => groupRow(g.title, t.columns.length)),
        new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false)) }),
      ]),
    ],
  });
}

/** A group's title across the whole table, in 黑体, kept with the first row under it. */
function groupRow(title: string, span: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: span,
        margins: { top: 40, bottom: 40, left: TABLE_CHAR / 2, right: TABLE_CHAR / 2 },
        children: [new Paragraph({ keepNext: true, children: [run(title, FONTS.hei, SIZE.table)] })],
      }),
    ],
  });
}
