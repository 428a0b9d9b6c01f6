// Report workflow steps, reporting periods and evidence file types.
import { describe, expect, it } from "vitest";
import { sniffEvidenceType } from "@/lib/domain/evidence-type.ts";
import { currentPeriod, daysOverdue, monthlyPeriods } from "@/lib/domain/periods.ts";
import { canStep, NEXT_STATE } from "@/lib/domain/report-workflow.ts";

describe("report workflow", () => {
  it.each([
    ["DRAFT", "save", true],
    ["DRAFT", "submit", true],
    ["DRAFT", "approve", false],
    ["DRAFT", "return", false],
    ["SUBMITTED", "save", false],
    ["SUBMITTED", "submit", false],
    ["SUBMITTED", "approve", true],
    ["SUBMITTED", "return", true],
    ["RETURNED", "save", true],
    ["RETURNED", "submit", true],
    ["RETURNED", "approve", false],
    ["RETURNED", "return", false],
    ["APPROVED", "save", false],
    ["APPROVED", "submit", false],
    ["APPROVED", "approve", false],
    ["APPROVED", "return", false],
  ] as const)("%s → %s allowed: %s", (state, step, allowed) => {
    expect(canStep(state, step)).toBe(allowed);
  });

  it("saving a returned report keeps it returned until it is resubmitted", () => {
    expect(NEXT_STATE.save("RETURNED")).toBe("RETURNED");
    expect(NEXT_STATE.submit("RETURNED")).toBe("SUBMITTED");
  });
});

describe("monthly periods", () => {
  const periods = monthlyPeriods({ year: 2023, issuedOn: "2023-03-30", reportDueDay: 5 });

  it("run from the issue month to December, each due on the 5th of the next month", () => {
    expect(periods).toHaveLength(10);
    expect(periods[0]).toEqual({ kind: "MONTHLY", label: "2023年3月", startsOn: "2023-03-01", endsOn: "2023-03-31", dueOn: "2023-04-05" });
    expect(periods.at(-1)).toEqual({
      kind: "MONTHLY",
      label: "2023年12月",
      startsOn: "2023-12-01",
      endsOn: "2023-12-31",
      dueOn: "2024-01-05",
    });
  });

  it("a due day past the month's end falls on its last day", () => {
    const late = monthlyPeriods({ year: 2023, issuedOn: "2023-01-10", reportDueDay: 31 });
    expect(late[0].dueOn).toBe("2023-02-28");
    expect(late[1].dueOn).toBe("2023-03-31");
  });

  it("the current period is the latest one that has started", () => {
    expect(currentPeriod(periods, "2023-06-03")?.label).toBe("2023年6月");
    expect(currentPeriod(periods, "2023-02-01")).toBeNull();
    expect(currentPeriod(periods, "2026-11-29")?.label).toBe("2023年12月");
  });

  it.each([
    ["2023-07-05", 0],
    ["2023-07-06", 1],
    ["2023-07-13", 8],
    ["2023-06-30", 0],
  ])("due 2023-07-05, on %s: %i days overdue", (day, days) => {
    expect(daysOverdue("2023-07-05", day)).toBe(days);
  });
});

describe("evidence file types come from the bytes", () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

  it.each([
    ["report.pdf", bytes("%PDF-1.7\n"), "application/pdf"],
    ["photo.png", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "image/png"],
    ["photo.jpg", bytes([0xff, 0xd8, 0xff, 0xe0]), "image/jpeg"],
    ["scan.gif", bytes("GIF89a"), "image/gif"],
    ["scan.webp", bytes("RIFF", [0, 0, 0, 0], "WEBP"), "image/webp"],
    [
      "总结.docx",
      bytes([0x50, 0x4b, 0x03, 0x04], "....word/document.xml"),
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    [
      "台账.xlsx",
      bytes([0x50, 0x4b, 0x03, 0x04], "....xl/workbook.xml"),
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ],
    ["old.doc", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "application/msword"],
    ["old.xls", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "application/vnd.ms-excel"],
  ])("%s is accepted as %s", (name, content, mime) => {
    expect(sniffEvidenceType(content, name)?.mime).toBe(mime);
  });

  it.each([
    ["a text file renamed .pdf", "fake.pdf", bytes("just some text")],
    ["a program renamed .docx", "tool.docx", bytes("MZ", [0x90, 0x00])],
    ["a zip that is not Office", "archive.docx", bytes([0x50, 0x4b, 0x03, 0x04], "....readme.txt")],
    ["an OLE file named .exe", "x.exe", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ["an empty file", "empty.pdf", new Uint8Array()],
  ])("%s is refused", (_what, name, content) => {
    expect(sniffEvidenceType(content, name)).toBeNull();
  });
});
