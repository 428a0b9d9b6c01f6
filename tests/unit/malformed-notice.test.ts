// Notices the parser must refuse (with every problem, its line and a Chinese message) or read
// despite a variant layout; and the file reader's refusals (.txt not UTF-8, not a .docx…), plus
// a real .docx of the seed notice built here with the `docx` package.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { crc32 } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors.ts";
import { NoticeParseError, parseNotice, type NoticeIssue, type ParsedNotice } from "@/lib/domain/notice/parse-notice.ts";
import { noticeTextFromBytes, readNoticeFile } from "@/lib/import/read-notice-file.ts";

const SEED = fileURLToPath(new URL("../../seeds/jining-2023-key-tasks.txt", import.meta.url));
const seedText = readFileSync(SEED, "utf8");

const HEADER = ["济宁市教育局文件", "济教字〔2023〕9号", "济宁市教育局", "2023年3月30日", "2023年测试重点任务清单"];
const HAN = /[\u4e00-\u9fff]/;

/** A notice: the header above, then `body`, one array item per line. */
function noticeOf(...body: string[]): { text: string; line: (text: string) => number } {
  const lines = [...HEADER, ...body];
  return {
    text: lines.join("\n"),
    /** 1-based line number of the line that is exactly `text`. */
    line: (text) => {
      const index = lines.indexOf(text);
      if (index < 0) throw new Error(`no line ${text}`);
      return index + 1;
    },
  };
}

function parseIssues(text: string): NoticeIssue[] {
  try {
    parseNotice(text);
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeParseError);
    expect(error).toBeInstanceOf(AppError);
    const e = error as NoticeParseError;
    expect(e.code).toBe("IMPORT_INVALID");
    expect(e.message).toMatch(HAN);
    // The message shows every issue, each with its line when it has one.
    for (const issue of e.issues) {
      expect(e.message).toContain(issue.line === null ? issue.message : `第${issue.line}行：${issue.message}`);
    }
    return e.issues;
  }
  throw new Error("parseNotice accepted the notice");
}

const measureCount = (n: ParsedNotice) => n.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures)).length;

describe("parseNotice refuses", () => {
  it.each([
    ["an empty text", ""],
    ["only blank lines and a page footer", " \n\n　\n— 1 —\n"],
  ])("%s: 文件为空", (_name, text) => {
    const issues = parseIssues(text);
    expect(issues).toEqual([{ line: null, message: expect.stringContaining("文件为空") }]);
  });

  it("a text with no action heading and no task", () => {
    const issues = parseIssues(noticeOf("这是一段与任务清单无关的文字。").text);
    expect(issues).toEqual([{ line: null, message: expect.stringContaining("未找到任何行动") }]);
  });

  it("a task before any action, naming the task and its line", () => {
    const n = noticeOf(
      "任务1：先于行动的任务。",
      "措施：做事。（责任单位：甲科）",
      "一、实施甲行动",
      "任务2：标题二。",
      "措施：做事。（责任单位：甲科）",
    );
    const issues = parseIssues(n.text);
    expect(issues).toHaveLength(1);
    expect(issues[0].line).toBe(n.line("任务1：先于行动的任务。"));
    expect(issues[0].message).toMatch(/任务1/);
    expect(issues[0].message).toMatch(/行动/);
  });

  it("a measure without （责任单位：…）, naming the measure's line and quoting it", () => {
    const n = noticeOf(
      "一、实施甲行动",
      "任务1：标题一。",
      "措施：这条措施没有写责任单位。",
      "任务2：标题二。",
      "措施：做事。（责任单位：甲科）",
    );
    const issues = parseIssues(n.text);
    expect(issues).toHaveLength(1);
    expect(issues[0].line).toBe(n.line("措施：这条措施没有写责任单位。"));
    expect(issues[0].message).toContain("缺少责任单位");
    expect(issues[0].message).toContain("这条措施没有写责任单位");
  });

  it("a numbered （1） without units followed by （2） with units: the error names （1）'s line", () => {
    const n = noticeOf(
      "一、实施甲行动",
      "任务1：标题一。",
      "措施：（1）第一条措施没有责任单位。",
      "（2）第二条措施有责任单位。（责任单位：甲科）",
    );
    const issues = parseIssues(n.text);
    expect(issues).toHaveLength(1);
    expect(issues[0].line).toBe(n.line("措施：（1）第一条措施没有责任单位。"));
    expect(issues[0].message).toContain("缺少责任单位");
    expect(issues[0].message).toContain("第一条措施");
  });

  it("an empty unit list （责任单位：）", () => {
    const n = noticeOf("一、实施甲行动", "任务1：标题一。", "措施：做事。（责任单位：）");
    const issues = parseIssues(n.text);
    expect(issues).toEqual([{ line: n.line("措施：做事。（责任单位：）"), message: expect.stringContaining("责任单位为空") }]);
  });

  it("an action with no tasks between two others", () => {
    const n = noticeOf(
      "一、实施甲行动",
      "任务1：标题一。",
      "措施：做事。（责任单位：甲科）",
      "二、实施乙行动",
      "三、实施丙行动",
      "任务2：标题二。",
      "措施：做事。（责任单位：乙科）",
    );
    const issues = parseIssues(n.text);
    expect(issues).toEqual([{ line: n.line("二、实施乙行动"), message: expect.stringContaining("实施乙行动") }]);
    expect(issues[0].message).toContain("没有任何任务");
  });

  it("reporting every problem at once, each with its line, in line order", () => {
    const n = noticeOf(
      "一、实施甲行动",
      "任务1：标题一。",
      "措施：这条措施没有写责任单位。",
      "二、实施乙行动",
      "三、实施丙行动",
      "任务2：标题二。",
      "措施：做事。（责任单位：）",
    );
    expect(parseIssues(n.text)).toEqual([
      { line: n.line("措施：这条措施没有写责任单位。"), message: expect.stringContaining("缺少责任单位") },
      { line: n.line("二、实施乙行动"), message: expect.stringContaining("没有任何任务") },
      { line: n.line("措施：做事。（责任单位：）"), message: expect.stringContaining("责任单位为空") },
    ]);
  });
});

describe("parseNotice reads variant layouts", () => {
  it("（牵头单位：A；配合单位：B、C）: A leads, B and C co-own", () => {
    const notice = parseNotice(noticeOf("一、实施甲行动", "任务1：标题一。", "措施：做事。（牵头单位：甲科；配合单位：乙科、丙科）").text);
    const [m] = notice.actions[0].tasks[0].measures;
    expect(m.units).toEqual([
      { name: "甲科", role: "LEAD" },
      { name: "乙科", role: "CO" },
      { name: "丙科", role: "CO" },
    ]);
    expect(m.text).toBe("做事。");
  });

  it("half-width parentheses and colon: (责任单位:A、B)", () => {
    const notice = parseNotice(noticeOf("一、实施甲行动", "任务1：标题一。", "措施：做事。(责任单位:甲科、乙科)").text);
    const [m] = notice.actions[0].tasks[0].measures;
    expect(m.units).toEqual([
      { name: "甲科", role: "LEAD" },
      { name: "乙科", role: "CO" },
    ]);
    expect(m.text).toBe("做事。");
  });

  it("a task line holding its measure: 任务1：标题。措施：…（责任单位：X）", () => {
    const n = noticeOf("一、实施甲行动", "任务1：标题一。措施：新建学校3所。（责任单位：甲科）");
    const notice = parseNotice(n.text);
    const [task] = notice.actions[0].tasks;
    expect(task.title).toBe("标题一");
    expect(task.measures).toHaveLength(1);
    expect(task.measures[0]).toMatchObject({ text: "新建学校3所。", units: [{ name: "甲科", role: "LEAD" }] });
    expect(task.measures[0].line).toBe(n.line("任务1：标题一。措施：新建学校3所。（责任单位：甲科）"));
    expect(task.measures[0].indicators).toEqual([expect.objectContaining({ target: 3, unit: "所" })]);
  });

  it("several numbered measures on one line: （1）…（责任单位：A）（2）…（责任单位：B）", () => {
    const notice = parseNotice(
      noticeOf("一、实施甲行动", "任务1：标题一。", "措施：（1）做甲事。（责任单位：甲科）（2）做乙事。（责任单位：乙科）").text,
    );
    expect(notice.actions[0].tasks[0].measures.map((m) => [m.text, m.units[0].name])).toEqual([
      ["做甲事。", "甲科"],
      ["做乙事。", "乙科"],
    ]);
  });

  it("tasks numbered out of order are numbered by document order", () => {
    const notice = parseNotice(
      noticeOf(
        "一、实施甲行动",
        "任务3：写在前面。",
        "措施：做事。（责任单位：甲科）",
        "任务1：写在后面。",
        "措施：做事。（责任单位：乙科）",
      ).text,
    );
    expect(notice.actions[0].tasks.map((t) => [t.number, t.title])).toEqual([
      [1, "写在前面"],
      [2, "写在后面"],
    ]);
  });

  it("ignores the end matter after the list (抄送…, …印发)", () => {
    const notice = parseNotice(
      noticeOf(
        "一、实施甲行动",
        "任务1：标题一。",
        "措施：做事。（责任单位：甲科）",
        "抄送：市委办公室，市政府办公室。",
        "济宁市教育局办公室                2023年3月30日印发",
      ).text,
    );
    expect(measureCount(notice)).toBe(1);
    expect(notice.actions[0].tasks[0].measures[0].text).toBe("做事。");
  });

  it("a preamble with its own 一、 heading before the list is not an action", () => {
    const notice = parseNotice(
      [
        "济宁市教育局文件",
        "济教字〔2023〕9号",
        "济宁市教育局关于印发2023年测试重点任务清单的通知",
        "一、总体要求",
        "各单位要认真落实。",
        "济宁市教育局",
        "2023年3月30日",
        "2023年测试重点任务清单",
        "一、实施甲行动",
        "任务1：标题一。",
        "措施：做事。（责任单位：甲科）",
      ].join("\n"),
    );
    expect(notice.actions.map((a) => a.title)).toEqual(["实施甲行动"]);
    expect(notice.plan).toMatchObject({
      title: "2023年测试重点任务清单",
      year: 2023,
      issuedOn: "2023-03-30",
      docNumber: "济教字〔2023〕9号",
    });
  });

  it("Windows line endings, a BOM and full-width spaces change nothing", () => {
    const lines = ["一、实施甲行动", "任务1：标题一。", "措施：新建学校3所。　（责任单位：甲科）"];
    const plain = parseNotice(noticeOf(...lines).text);
    const windows = parseNotice(`\uFEFF${noticeOf(...lines).text.replace(/\n/g, "\r\n")}`);
    expect(windows).toEqual(plain);
  });
});

// --- files -----------------------------------------------------------------------------------

/** A zip archive with stored (uncompressed) entries: a valid zip that is not a Word document. */
function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(content, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The seed notice as a Word document: one paragraph per line of the .txt. */
async function seedDocx(): Promise<Buffer> {
  const paragraphs = seedText.split(/\r?\n/).map((line) => new Paragraph(line));
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

/** GBK bytes of 中文通知 (what Notepad saves as “ANSI” on a Chinese Windows). */
const GBK_BYTES = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xcd, 0xa8, 0xd6, 0xaa]);

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("IMPORT_INVALID");
  expect((error as AppError).message).toMatch(HAN);
  return error as AppError;
}

describe("readNoticeFile / noticeTextFromBytes", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "duban-notice-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("the GBK fixture really is GBK and not UTF-8", () => {
    expect(new TextDecoder("gbk").decode(GBK_BYTES)).toBe("中文通知");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(GBK_BYTES)).toThrow();
  });

  it("a missing file: 无法读取文件, naming it", async () => {
    const error = await rejection(readNoticeFile(path.join(dir, "不存在的通知.txt")));
    expect(error.message).toContain("不存在的通知.txt");
  });

  it("a .txt that is not UTF-8 (GBK), naming the file", async () => {
    const file = path.join(dir, "gbk-notice.txt");
    await writeFile(file, GBK_BYTES);
    const error = await rejection(readNoticeFile(file));
    expect(error.message).toContain("UTF-8");
    expect(error.message).toContain("gbk-notice.txt");
  });

  it.each([
    ["a .pdf", "notice.pdf", Buffer.from("%PDF-1.7\n")],
    ["a .docx that is not a zip", "notice.docx", Buffer.from("这不是 Word 文件", "utf8")],
    ["a .docx shorter than a zip signature", "tiny.docx", Buffer.from([0x50, 0x4b])],
    ["a zip that is not a Word document", "archive.docx", storedZip({ "readme.txt": "hello" })],
  ])("%s: rejected with a Chinese message naming the file", async (_name, name, bytes) => {
    const error = await rejection(noticeTextFromBytes(name, bytes));
    expect(error.message).toContain(name);
    // The same through a file on disk.
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    const fromDisk = await rejection(readNoticeFile(file));
    expect(fromDisk.message).toBe(error.message);
  });

  it("the hand-built zip is a zip (its signature), so the refusal above is about the content", () => {
    const zip = storedZip({ "readme.txt": "hello" });
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
  });

  it("a UTF-8 .txt with a BOM reads as its text", async () => {
    const text = await noticeTextFromBytes("notice.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText, "utf8")]));
    expect(measureCount(parseNotice(text))).toBe(38);
  });

  it("a real .docx of the seed notice parses to the same 7 actions, 26 tasks, 38 measures, 13 units as the .txt", async () => {
    const bytes = await seedDocx();
    const file = path.join(dir, "济教字〔2023〕22号.docx");
    await writeFile(file, bytes);
    const fromDocx = parseNotice(await readNoticeFile(file));
    const fromTxt = parseNotice(seedText);

    const tasks = fromDocx.actions.flatMap((a) => a.tasks);
    const measures = tasks.flatMap((t) => t.measures);
    expect(fromDocx.actions).toHaveLength(7);
    expect(tasks).toHaveLength(26);
    expect(measures).toHaveLength(38);
    expect(new Set(measures.flatMap((m) => m.units.map((u) => u.name))).size).toBe(13);
    expect(fromDocx.plan).toEqual(fromTxt.plan);

    // Same content; only the line numbers differ (Word's paragraphs come out with blank lines between).
    const withoutLines = (n: ParsedNotice) =>
      n.actions.map(({ line: _a, ...a }) => ({
        ...a,
        tasks: a.tasks.map(({ line: _t, ...t }) => ({ ...t, measures: t.measures.map(({ line: _m, ...m }) => m) })),
      }));
    expect(withoutLines(fromDocx)).toEqual(withoutLines(fromTxt));
  });
});
