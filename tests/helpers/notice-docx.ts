// Real Word documents for the importer's tests, built with the `docx` package: paragraphs, Word's
// own list numbering (which is not in the text), and tables with merged cells.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from "docx";

/** A table cell: its paragraphs ("a\nb" is two), merged over `rowSpan` rows or `columnSpan` columns. */
export type DocxCell = string | { text: string; rowSpan?: number; columnSpan?: number };
/** A paragraph, a Word list item at `level` (0 = top), or a table given row by row. */
export type DocxBlock = string | { listItem: string; level: number } | { table: DocxCell[][] };

function cell(c: DocxCell): TableCell {
  const { text, rowSpan, columnSpan } = typeof c === "string" ? { text: c, rowSpan: undefined, columnSpan: undefined } : c;
  return new TableCell({ children: text.split("\n").map((p) => new Paragraph(p)), rowSpan, columnSpan });
}

function block(b: DocxBlock): Paragraph | Table {
  if (typeof b === "string") return new Paragraph(b);
  if ("listItem" in b) return new Paragraph({ text: b.listItem, numbering: { reference: "notice-list", level: b.level } });
  return new Table({ rows: b.table.map((row) => new TableRow({ children: row.map(cell) })) });
}

export async function noticeDocx(blocks: DocxBlock[]): Promise<Buffer> {
  const levels = [LevelFormat.CHINESE_COUNTING, LevelFormat.DECIMAL, LevelFormat.DECIMAL].map((format, level) => ({
    level,
    format,
    text: level === 0 ? `%1、` : level === 1 ? `（%2）` : `%3.`,
    alignment: AlignmentType.LEFT,
  }));
  const document = new Document({
    numbering: { config: [{ reference: "notice-list", levels }] },
    sections: [{ children: blocks.map(block) }],
  });
  return Packer.toBuffer(document);
}
