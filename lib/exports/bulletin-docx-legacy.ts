// Bulletins issued before the official layout (their snapshot has no `document`): the Word file
// exactly as they were issued (title, date, summary table, red/yellow items, units' filing), byte
// for byte (tests/unit/bulletin-exports-compat.test.ts). New bulletins: bulletin-docx.ts.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { BulletinSnapshot } from "../domain/bulletin/bulletin-snapshot.ts";
import { COLOURS } from "../domain/status/measure-status.ts";
import { formatDate } from "../format.ts";
import { bulletinMessages as m } from "../messages/bulletins.ts";
import { extensionMessages as e } from "../messages/extensions.ts";
import { qualityMessages } from "../messages/quality.ts";
import { statusMessages as s } from "../messages/status.ts";

const q = qualityMessages.bulletin;

const cell = (text: string, bold = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });

function table(header: string[], rows: string[][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "666666" };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });

export async function legacyBulletinDocx(snapshot: BulletinSnapshot, issuedOn: string): Promise<Buffer> {
  const items = snapshot.measures
    .filter((x) => x.colour === "RED" || x.colour === "YELLOW")
    .sort((a, b) => (a.colour === b.colour ? 0 : a.colour === "RED" ? -1 : 1));
  const doc = new Document({
    creator: snapshot.plan.issuer ?? "督办",
    title: m.heading(snapshot.periodLabel),
    styles: { default: { document: { run: { font: "SimSun", size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: m.heading(snapshot.periodLabel), heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun(`${snapshot.plan.title}（${m.asOf}${formatDate(snapshot.asOf)}，${formatDate(issuedOn)}印发）`)],
          }),
          heading(`一、${m.sections.summary}`),
          table(
            COLOURS.map((c) => s.colours[c]),
            [COLOURS.map((c) => String(snapshot.counts[c]))],
          ),
          new Paragraph({ text: progressLine(snapshot), spacing: { before: 120 } }),
          heading(`二、${m.sections.items}`),
          items.length
            ? table(
                ["状态", "任务", "措施", "牵头单位", "原因", "存在问题"],
                items.map((x) => [
                  s.colours[x.colour],
                  `任务${x.task} ${x.taskTitle}`,
                  `措施${x.number}`,
                  x.leadUnit,
                  x.reasons.join("；"),
                  x.problems,
                ]),
              )
            : new Paragraph(s.summary.noItems),
          heading(`三、${m.sections.units}`),
          table(
            ["责任单位", "应报", "按时报送", "按时报送率", "红色事项", "逾期未报"],
            snapshot.units.map((u) => [
              u.name,
              String(u.due),
              String(u.onTime),
              u.onTimeRate === null ? "—" : `${u.onTimeRate}%`,
              String(u.red),
              String(u.overdue),
            ]),
          ),
          // Bulletins issued before extensions existed have no such list, and no such section.
          ...(snapshot.extensions === undefined
            ? []
            : [
                heading(`四、${e.bulletin.section}`),
                snapshot.extensions.length
                  ? table(
                      [...e.bulletin.headers],
                      snapshot.extensions.map((x) => [
                        e.bulletin.item(x),
                        x.unit,
                        formatDate(x.originalDueOn),
                        formatDate(x.dueOn),
                        formatDate(x.approvedOn),
                      ]),
                    )
                  : new Paragraph(e.bulletin.none),
              ]),
          // Only when the coordinator included the month's data-quality warnings.
          ...(snapshot.quality === undefined
            ? []
            : [
                heading(`${snapshot.extensions === undefined ? "四" : "五"}、${q.section}`),
                snapshot.quality.length
                  ? table(
                      [...q.headers],
                      snapshot.quality.map((x) => [
                        x.unit,
                        q.item(x.task, x.number, x.periodLabel),
                        q.states[x.state],
                        x.warnings.join("；"),
                        x.explanation ?? "",
                      ]),
                    )
                  : new Paragraph(q.none),
              ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The progress sentence: with how many measures it covers, or as bulletins issued before that said it. */
function progressLine(snapshot: BulletinSnapshot): string {
  const c = snapshot.coverage;
  if (!c) return snapshot.progress === null ? "" : s.summary.issuedProgress(snapshot.progress);
  return c.progress === null ? s.summary.noProgress(c.total) : s.summary.progress(c.progress, c.reported, c.total);
}
