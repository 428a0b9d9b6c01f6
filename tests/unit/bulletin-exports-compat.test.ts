// Bulletins issued before extensions (延期) existed keep their exports exactly as issued: their
// snapshot has no `extensions`, and every part of the Word and Excel files it gives is the same,
// byte for byte, as before the bulletin learned about extensions. The hashes in
// tests/fixtures/bulletin-v1-parts.json were recorded from that earlier code (commit 4e346de) for
// tests/fixtures/bulletin-v1-snapshot.json; docProps/core.xml is left out because it carries the
// time the file was made. A new snapshot does get the month's extensions.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import type { BulletinSnapshot } from "@/lib/domain/bulletin/bulletin-snapshot.ts";
import { bulletinDocx } from "@/lib/exports/bulletin-docx.ts";
import { bulletinXlsx } from "@/lib/exports/bulletin-xlsx.ts";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"));
const oldSnapshot: BulletinSnapshot = fixture("bulletin-v1-snapshot.json");
const recorded: { docx: Record<string, string>; xlsx: Record<string, string> } = fixture("bulletin-v1-parts.json");

async function parts(file: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir || name === "docProps/core.xml") continue;
    out[name] = createHash("sha256")
      .update(await zip.files[name].async("uint8array"))
      .digest("hex");
  }
  return out;
}

describe("bulletins issued before extensions", () => {
  it("the snapshot has no extensions", () => {
    expect("extensions" in oldSnapshot).toBe(false);
  });

  it("export to the same Word document", async () => {
    expect(await parts(await bulletinDocx(oldSnapshot, "2023-06-08"))).toEqual(recorded.docx);
  });

  it("export to the same Excel workbook", async () => {
    expect(await parts(await bulletinXlsx(oldSnapshot))).toEqual(recorded.xlsx);
  });
});

describe("bulletins with the month's extensions", () => {
  const granted: BulletinSnapshot["extensions"] = [
    {
      kind: "MEASURE",
      task: 14,
      number: 1,
      taskTitle: "强化师德师风建设",
      problem: null,
      unit: "教师教育科",
      originalDueOn: "2023-12-31",
      dueOn: "2024-06-30",
      approvedOn: "2023-05-18",
    },
    {
      kind: "PROBLEM",
      task: 9,
      number: 1,
      taskTitle: "扩充学前教育资源",
      problem: "新建幼儿园用地手续未完成",
      unit: "发展规划科",
      originalDueOn: "2023-05-31",
      dueOn: "2023-07-31",
      approvedOn: "2023-05-20",
    },
  ];

  it("list them in Word, with the original and the new due date", async () => {
    const text = (await mammoth.extractRawText({ buffer: await bulletinDocx({ ...oldSnapshot, extensions: granted }, "2023-06-08") }))
      .value;
    expect(text).toContain("四、本月批准延期事项");
    expect(text).toContain("任务14 措施1 强化师德师风建设");
    expect(text).toContain("问题台账“新建幼儿园用地手续未完成”（任务9 措施1）");
    expect(text).toMatch(/2023年12月31日\s*2024年6月30日\s*2023年5月18日/);
  });

  it("say so in Word when there were none", async () => {
    const text = (await mammoth.extractRawText({ buffer: await bulletinDocx({ ...oldSnapshot, extensions: [] }, "2023-06-08") })).value;
    expect(text).toContain("本月没有批准延期的事项。");
  });

  it("list them on their own Excel sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bulletinXlsx({ ...oldSnapshot, extensions: granted })) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["总体情况", "各行动", "红色、黄色事项", "全部措施", "各单位报送情况", "批准延期"]);
    const sheet = wb.getWorksheet("批准延期")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "事项", "责任单位", "原定完成时限", "延期至", "批准日期"]);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      "任务14 措施1 强化师德师风建设",
      "教师教育科",
      "2023-12-31",
      "2024-06-30",
      "2023-05-18",
    ]);
    expect(sheet.rowCount).toBe(3);
  });
});
