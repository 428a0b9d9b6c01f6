// 月通报 as an official document: the plan's settings (文号 prefix, 发文机关, 抄送, 印发), the preview
// of the latest month that can be issued with its generated narrative, a draft saved with its
// version (a stale save refused), issuing with the draft's narrative and the next 文号, and the
// issued Word file converted to PDF by LibreOffice and checked page by page: A4, the red header's
// text, the 文号, "— N —" on every page, and tables as wide as the text with no column narrower
// than its header (nothing wraps a character per line), and the 版记 (抄送, 印发) at the foot of the
// last page with the last table's last rows, not on a page of its own.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { bulletinFile } from "@/lib/data/bulletins/bulletin-file.ts";
import { saveBulletinDraft, bulletinDraftSchema } from "@/lib/data/bulletins/bulletin-draft.ts";
import { getBulletinSettings, updateBulletinSettings } from "@/lib/data/bulletins/bulletin-settings.ts";
import { getBulletin } from "@/lib/data/bulletins/get-bulletin.ts";
import { getBulletinPreview } from "@/lib/data/bulletins/get-bulletin-preview.ts";
import { issueBulletin } from "@/lib/data/bulletins/issue-bulletin.ts";
import { reportInputSchema } from "@/lib/data/reports/report-input.ts";
import { approveReports } from "@/lib/data/reports/review-reports.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";
import { textWidth } from "@/lib/domain/bulletin/column-widths.ts";
import type { BulletinDocument } from "@/lib/domain/bulletin/bulletin-document.ts";
import { officialDocx, TABLE_CHAR, TEXT_WIDTH } from "@/lib/exports/official-docx.ts";
import { createTestDb, useAsAppDb, type TestDb } from "../helpers/test-db.ts";
import { createCounty, createViewer, measureByNumbers, planOf, seedPlan } from "../helpers/factories.ts";

let db: TestDb;
let planId: number;
let coordinator: Viewer;
let leader: Viewer;
let periods: { id: number; label: string }[];
const work = mkdtempSync(path.join(tmpdir(), "duban-bulletin-"));

/** Word files converted to PDF by LibreOffice (one run), the PDFs' paths. */
function toPdf(...files: string[]): string[] {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${work}/lo-profile`, "--headless", "--convert-to", "pdf", "--outdir", work, ...files],
    {
      stdio: "ignore",
      timeout: 120_000,
    },
  );
  return files.map((f) => f.replace(/\.docx$/, ".pdf"));
}

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);

/** A PDF page's words with their top and bottom (pt from the top of an 842 pt page). */
function pdfWords(pdf: string, page: number) {
  return [
    ...execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" }).matchAll(
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({ top: Number(m[1]), bottom: Number(m[2]), text: m[3] }));
}

beforeAll(async () => {
  db = await createTestDb();
  useAsAppDb(db);
  planId = await seedPlan(db.prisma);
  coordinator = await createViewer(db.prisma, "COORDINATOR");
  leader = await createViewer(db.prisma, "LEADER");
  periods = await db.prisma.reportingPeriod.findMany({
    where: { planId, kind: "MONTHLY" },
    orderBy: { startsOn: "asc" },
    select: { id: true, label: true },
  });
  // 任务9措施1's lead unit reports May with a problem, approved before the cut-off.
  const measure = await measureByNumbers(db.prisma, planId, 9, 1);
  const reporter = await createViewer(db.prisma, "REPORTER", measure.unitIds[0]);
  process.env.DUBAN_TODAY = "2023-06-02";
  const saved = await saveReport(
    reporter,
    reportInputSchema.parse({
      measureId: measure.id,
      periodId: periods[2].id,
      percent: 30,
      progress: "选址完成",
      problems: "新建幼儿园用地手续未完成",
      submit: true,
    }),
  );
  await approveReports(coordinator, [saved.id]);
  process.env.DUBAN_TODAY = "2023-06-20";
});
afterAll(async () => {
  delete process.env.DUBAN_TODAY;
  if (!process.env.KEEP_PDF) rmSync(work, { recursive: true, force: true });
  else console.log("WORK", work);
  await db?.drop();
});

const settings = {
  planId: 0,
  issuer: "济宁市教育局",
  docPrefix: "济教督〔2023〕",
  cc: "市委教育工委，市政府教育督导委员会办公室。",
  printedBy: "济宁市教育局办公室",
};

describe("bulletin settings", () => {
  it("are the bureau's of the plan's region to change", async () => {
    const plan = await planOf(coordinator, planId);
    await expect(updateBulletinSettings(leader, { ...settings, planId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const county = await createViewer(db.prisma, "COORDINATOR", null, await createCounty(db.prisma, "任城区"));
    await expect(updateBulletinSettings(county, { ...settings, planId })).rejects.toMatchObject({
      code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/),
    });
    await updateBulletinSettings(coordinator, { ...settings, planId });
    expect(await getBulletinSettings(coordinator, plan)).toEqual({
      issuer: settings.issuer,
      docPrefix: settings.docPrefix,
      cc: settings.cc,
      printedBy: settings.printedBy,
    });
    expect(await db.prisma.auditEvent.count({ where: { action: "bulletin.settings" } })).toBe(1);
  });
});

describe("preview, draft and issue", () => {
  let bulletinId: number;

  it("previews the latest month that can be issued, with a narrative generated from its figures", async () => {
    const preview = await getBulletinPreview(coordinator, await planOf(coordinator, planId), null);
    expect(preview.issuable.map((p) => p.label)).toEqual(["2023年3月", "2023年4月", "2023年5月"]);
    const chosen = preview.chosen!;
    expect(chosen.period.label).toBe("2023年5月");
    expect(chosen.document).toMatchObject({
      issuer: "济宁市教育局",
      docNumber: "济教督〔2023〕1号",
      title: "2023年5月重点任务推进情况通报",
      cc: settings.cc,
    });
    expect(chosen.narrative.overview).toMatch(/^截至2023年6月5日，纳入督办的38项措施中，已完成0项，蓝色（按序时推进）\d+项/);
    expect(chosen.narrative.overview).toMatch(/按时报送率[\d.]+%/);
    expect(chosen.narrative.overview).toContain("与上月相比");
    expect(chosen.narrative.problems).toContain("新建幼儿园用地手续未完成");
    expect(chosen.draft).toBeNull();
  });

  it("saves the coordinator's draft with its version and refuses a save over a newer one", async () => {
    const input = (over: object) =>
      bulletinDraftSchema.parse({
        periodId: periods[2].id,
        version: 0,
        overview: "五月总体平稳。",
        problems: "用地手续慢。",
        requirements: "1. 加快进度。\n2. 按时报送。",
        docSeq: "",
        ...over,
      });
    expect(await saveBulletinDraft(coordinator, input({}))).toEqual({ version: 1 });
    await expect(saveBulletinDraft(coordinator, input({ overview: "另一人的草稿" }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("已被他人修改"),
    });
    expect(await saveBulletinDraft(coordinator, input({ version: 1, overview: "五月总体平稳，红色事项有所减少。" }))).toEqual({
      version: 2,
    });
    await expect(saveBulletinDraft(coordinator, input({ version: 1 }))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(saveBulletinDraft(leader, input({ version: 2 }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(() => input({ docSeq: "0" })).toThrow();
    const preview = (await getBulletinPreview(coordinator, await planOf(coordinator, planId), periods[2].id)).chosen!;
    expect(preview.draft).toMatchObject({ version: 2, overview: "五月总体平稳，红色事项有所减少。" });
    expect(preview.document.sections.map((s) => s.paragraphs)).toEqual([
      ["五月总体平稳，红色事项有所减少。"],
      ["用地手续慢。"],
      ["1. 加快进度。", "2. 按时报送。"],
    ]);
  });

  it("issues with the draft's narrative and the plan's next 文号, and the draft goes", async () => {
    bulletinId = (await issueBulletin(coordinator, periods[2].id)).id;
    const issued = (await getBulletin(leader, bulletinId))!;
    // Dated on the portal's clock (DUBAN_TODAY), like the preview.
    expect(issued.issuedOn).toBe("2023-06-20");
    expect(issued.snapshot.document).toEqual({
      issuer: "济宁市教育局",
      docNumber: "济教督〔2023〕1号",
      cc: settings.cc,
      printedBy: settings.printedBy,
    });
    expect(issued.snapshot.narrative).toEqual({
      overview: "五月总体平稳，红色事项有所减少。",
      problems: "用地手续慢。",
      requirements: "1. 加快进度。\n2. 按时报送。",
    });
    expect(await db.prisma.bulletinDraft.count()).toBe(0);
    // April: a draft may not take a number already issued; without one it gets the next.
    const april = bulletinDraftSchema.parse({
      periodId: periods[1].id,
      version: 0,
      overview: "四月",
      problems: "",
      requirements: "",
      docSeq: "1",
    });
    await expect(saveBulletinDraft(coordinator, april)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "文号序号 1 已被本计划的其他通报使用。",
    });
    const next = (await issueBulletin(coordinator, periods[1].id)).id;
    expect((await getBulletin(leader, next))!.snapshot.document!.docNumber).toBe("济教督〔2023〕2号");
    expect((await getBulletinPreview(coordinator, await planOf(coordinator, planId), null)).chosen!.period.label).toBe("2023年3月");
  });

  it("converts to an A4 PDF with the header, the 文号 and — N — on every page (LibreOffice)", async () => {
    const docx = (await bulletinFile(leader, bulletinId, "docx"))!;
    const file = path.join(work, "bulletin.docx");
    writeFileSync(file, docx.body);
    const [pdf] = toPdf(file);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(5);
    for (let page = 1; page <= pages; page++) {
      expect(execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" })).toMatch(
        /Page\s+\d+ size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/,
      );
      const text = execFileSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
      expect(text.replace(/\s+/g, ""), `page ${page}`).toContain(`—${page}—`);
      // No column so narrow that its text stands one character per line (three lines running).
      const lines = text.split("\n").map((l) => l.trim());
      const single = lines.map((l) => /^[\u4e00-\u9fff]$/.test(l));
      expect(
        single.some((s, i) => s && single[i + 1] && single[i + 2]),
        `page ${page}`,
      ).toBe(false);
    }
    const first = execFileSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    expect(first).toContain("济宁市教育局文件");
    expect(first).toContain("济教督〔2023〕1号");
    expect(first).toContain("2023年5月重点任务推进情况通报");
    const all = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    expect(all).toContain("抄送：市委教育工委");
    expect(all).toContain("济宁市教育局办公室");

    // The 版记 sits at the foot of the last page, under the last rows of the last table, not on a
    // page of its own (GB/T 9704 7.3); no earlier page has it.
    const words = (page: number) => pdfWords(pdf, page);
    for (let page = 1; page < pages; page++)
      expect(
        words(page).some((w) => w.text.startsWith("抄送")),
        `page ${page}`,
      ).toBe(false);
    const last = words(pages);
    const cc = last.find((w) => w.text.startsWith("抄送："));
    const printed = last.find((w) => w.text.endsWith("印发"));
    const printedBy = last.find((w) => w.text === "济宁市教育局办公室");
    expect(cc, "抄送 on the last page").toBeDefined();
    expect(printed, "印发 on the last page").toBeDefined();
    expect(printedBy).toBeDefined();
    // The ledger's last row (任务26's last measure) is on the same page, above the 版记.
    const lastMeasure = await db.prisma.measure.findFirst({
      where: { planId, task: { number: 26 } },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    // pdftotext splits 任务26措施1 at the digits (or not): read four words on.
    const lastRow = last.find((_, i) =>
      last
        .slice(i, i + 4)
        .map((w) => w.text)
        .join("")
        .startsWith(`任务26措施${lastMeasure!.number}`),
    );
    expect(lastRow, "the last table's last row on the last page").toBeDefined();
    expect(lastRow!.bottom).toBeLessThan(cc!.top);
    expect(cc!.bottom).toBeLessThanOrEqual(printed!.top);
    // Its last line on the last line of the text area (the bottom margin is 35 mm ≈ 99 pt of 842),
    // below the page's other text but the page number.
    expect(printed!.bottom).toBeGreaterThan(841.89 - 99 - 30);
    expect(printed!.bottom).toBeLessThan(841.89 - 99 + 2);
  }, 180_000); // a LibreOffice conversion takes 15 s on an idle 2-core machine, several times that under load

  it("lays its tables across the text width, every column wide enough for its header", async () => {
    const docx = (await bulletinFile(leader, bulletinId, "docx"))!;
    const zip = await JSZip.loadAsync(docx.body);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const fonts = await zip.file("word/fontTable.xml")!.async("string");
    for (const [name, alt] of [
      ["仿宋_GB2312", "仿宋"],
      ["方正小标宋简体", "宋体"],
      ["黑体", "SimHei"],
      ["楷体_GB2312", "楷体"],
    ]) {
      expect(fonts).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>`);
    }
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => t[1]);
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) {
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      const headerRow = /<w:tr>([\s\S]*?)<\/w:tr>/.exec(t)![1];
      const headerCells = [...headerRow.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
        [...c[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]),
      );
      headerCells.forEach((lines, i) => {
        const widest = Math.max(...lines.map(textWidth));
        // The header's widest line plus the cell margins (one character) fits its column.
        expect((widest + 1) * TABLE_CHAR, `${lines.join("")}`).toBeLessThanOrEqual(grid[i]);
      });
    }
  });
});

describe("the 版记 (LibreOffice)", () => {
  // An attachment of `rows` rows after a one-page body: 3 leave room under the table on its page, 15
  // fill it to where the 版记 would go.
  const document = (rows: number): BulletinDocument => ({
    issuer: "济宁市教育局",
    docNumber: "济教督〔2023〕9号",
    title: "2023年5月重点任务推进情况通报",
    recipients: "各责任单位：",
    opening: "现将推进情况通报如下：",
    sections: [{ heading: "一、总体情况", paragraphs: ["总体平稳。"] }],
    attachments: [
      {
        title: "重点任务推进台账",
        empty: "",
        table: {
          columns: [
            { header: "序号", width: 0 },
            { header: "事项", width: 5 },
            { header: "原因", width: 5 },
          ],
          rows: Array.from({ length: rows }, (_, i) => [
            String(i + 1),
            `任务${i + 1}措施1 加强党的领导`,
            "已超过完成时限（6月30日）10 天仍未完成",
          ]),
        },
      },
    ],
    signature: "济宁市教育局",
    date: "2023-06-20",
    cc: "市委教育工委。",
    printedBy: "济宁市教育局办公室",
    printedOn: "2023-06-20",
  });

  it("sits under the last rows where the page has room, and on the next page, the table unmoved, where it has none", async () => {
    const files = [3, 15].map((rows) => path.join(work, `rows-${rows}.docx`));
    writeFileSync(files[0], await officialDocx(document(3)));
    writeFileSync(files[1], await officialDocx(document(15)));
    const [roomy, full] = toPdf(...files);
    const rowNumbers = (pdf: string, page: number) => pdfWords(pdf, page).filter((w) => /^任务\d+/.test(w.text) || w.text === "任务");

    expect(pageCount(roomy)).toBe(2);
    const page = pdfWords(roomy, 2);
    expect(rowNumbers(roomy, 2)).toHaveLength(3);
    expect(page.find((w) => w.text.startsWith("抄送："))!.top).toBeGreaterThan(600);

    // Full: every row stays on the attachment's page under its title; the 版记 alone on the next.
    expect(pageCount(full)).toBe(3);
    expect(pdfWords(full, 2).map((w) => w.text)).toContain("重点任务推进台账");
    expect(rowNumbers(full, 2)).toHaveLength(15);
    expect(pdfWords(full, 2).some((w) => w.text.startsWith("抄送"))).toBe(false);
    const last = pdfWords(full, 3);
    expect(rowNumbers(full, 3)).toHaveLength(0);
    expect(last.find((w) => w.text.startsWith("抄送："))!.top).toBeGreaterThan(600);
    expect(last.find((w) => w.text.endsWith("印发"))!.bottom).toBeGreaterThan(841.89 - 99 - 30);
  }, 180_000);
});
