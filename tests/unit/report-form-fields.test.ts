// How the report form's fields map onto the shared report input, and the download header.
import { describe, expect, it } from "vitest";
import { reportFormSchema } from "@/lib/actions/reports/report-form-fields.ts";
import { attachmentDisposition } from "@/lib/content-disposition.ts";

/** The object the action wrapper makes of a form (lib/actions/safe-action.ts): repeated keys become lists. */
function form(entries: [string, string | File][]) {
  const data: Record<string, unknown> = {};
  for (const [key, value] of entries) data[key] = key in data ? [data[key], value].flat() : value;
  return reportFormSchema.safeParse(data);
}

describe("reportFormSchema", () => {
  it("maps a draft save: blank numbers are not filled in, actual_<id> fields become actuals", () => {
    const parsed = form([
      ["measureId", "16"],
      ["periodId", "4"],
      ["version", ""],
      ["percent", ""],
      ["progress", "  推进中  "],
      ["problems", ""],
      ["nextSteps", "下月完成"],
      ["actual_7", "1200"],
      ["actual_8", ""],
      ["qualityExplanation", "  口径调整  "],
      ["intent", "save"],
      ["evidence", new File([], "")], // an empty file input
    ]);
    expect(parsed.success && parsed.data).toEqual({
      measureId: 16,
      periodId: 4,
      version: null,
      percent: null,
      progress: "推进中",
      problems: "",
      nextSteps: "下月完成",
      actuals: [{ indicatorId: 7, value: 1200 }],
      removeAttachmentIds: [],
      milestones: [],
      qualityExplanation: "口径调整",
      submit: false,
      evidence: [],
    });
  });

  it("maps checked milestones with their dates; a checked one without a date is refused", () => {
    const parsed = form([
      ["measureId", "16"],
      ["periodId", "4"],
      ["milestones", "31"],
      ["reachedOn_31", "2023-06-02"],
      ["milestones", "32"],
      ["reachedOn_32", "2023-05-20"],
      ["reachedOn_33", "2023-05-01"], // 33 not checked: ignored
    ]);
    expect(parsed.success && parsed.data.milestones).toEqual([
      { milestoneId: 31, reachedOn: "2023-06-02" },
      { milestoneId: 32, reachedOn: "2023-05-20" },
    ]);
    const undated = form([
      ["measureId", "16"],
      ["periodId", "4"],
      ["milestones", "31"],
      ["reachedOn_31", ""],
    ]);
    expect(undated.error?.issues[0]).toMatchObject({
      path: ["milestones", 0, "reachedOn"],
      message: "请为每个标记完成的工作节点填写完成日期。",
    });
    const forged = form([
      ["measureId", "16"],
      ["periodId", "4"],
      ["milestones", "x1"],
    ]);
    expect(forged.error?.issues[0]).toMatchObject({ path: ["milestones", 0, "milestoneId"] });
  });

  it("maps a submit with files and attachments to remove", () => {
    const pdf = new File(["%PDF-1.4"], "a.pdf");
    const parsed = form([
      ["measureId", "16"],
      ["periodId", "4"],
      ["version", "3"],
      ["percent", "60"],
      ["progress", "x"],
      ["removeAttachmentIds", "5"],
      ["removeAttachmentIds", "9"],
      ["evidence", pdf],
      ["intent", "submit"],
    ]);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data).toMatchObject({ version: 3, percent: 60, submit: true, removeAttachmentIds: [5, 9] });
    expect(parsed.data.evidence).toEqual([pdf]);
  });

  it("refuses a percent outside 0–100 or not whole, and a non-numeric actual, with Chinese field errors", () => {
    for (const percent of ["101", "-1", "12.5", "abc"]) {
      const parsed = form([
        ["measureId", "1"],
        ["periodId", "1"],
        ["percent", percent],
      ]);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({ path: ["percent"], message: "完成进度须为 0–100 之间的整数。" });
    }
    const actual = form([
      ["measureId", "1"],
      ["periodId", "1"],
      ["actual_3", "很多"],
    ]);
    expect(actual.error?.issues[0]).toMatchObject({ path: ["actuals", 0, "value"], message: "指标实际值须为不小于 0 的数字。" });
  });

  it("refuses texts over the limit", () => {
    const parsed = form([
      ["measureId", "1"],
      ["periodId", "1"],
      ["nextSteps", "字".repeat(2001)],
    ]);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["nextSteps"], message: "不能超过 2000 个字。" });
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 5987)", () => {
    expect(attachmentDisposition("进展 (6月)*.pdf")).toBe(
      `attachment; filename="__ (6_)*.pdf"; filename*=UTF-8''%E8%BF%9B%E5%B1%95%20%286%E6%9C%88%29%2A.pdf`,
    );
    expect(attachmentDisposition('a"b\\c;d.pdf')).toBe(`attachment; filename="a_b_c_d.pdf"; filename*=UTF-8''a%22b%5Cc%3Bd.pdf`);
  });

  it("takes an export's own ASCII name as the fallback", () => {
    expect(attachmentDisposition("重点任务台账（截至2023年5月31日）.xlsx", "ledger-2023-05-31.xlsx")).toBe(
      `attachment; filename="ledger-2023-05-31.xlsx"; filename*=UTF-8''${encodeURIComponent("重点任务台账（截至2023年5月31日）.xlsx")}`,
    );
  });
});
