// Evidence files are stored and served under a name that says what their bytes are (issue 13,
// item 2): no executable ending on a PDF, no bidi trick, no invisible characters.
import { describe, expect, it } from "vitest";
import { cleanFileName, evidenceFileName } from "@/lib/domain/evidence-file-name.ts";
import { EXTENSIONS_BY_MIME, sniffEvidenceType } from "@/lib/domain/evidence-type.ts";
import { checkEvidence } from "@/lib/data/evidence/evidence-files.ts";

const PDF = ["pdf"];
const JPEG = ["jpg", "jpeg"];
const pdfBytes = new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n");

describe("evidence file names", () => {
  it.each([
    ["整改证明.hta", "整改证明.pdf"],
    ["run.bat", "run.pdf"],
    ["证明.html", "证明.pdf"],
    ["发票\u202Efdp.exe", "发票fdp.pdf"], // shown as 发票exe.pdf before
    ["报告.PDF", "报告.pdf"],
    ["报告.pdf.exe", "报告.pdf.pdf"],
    ["方案 v1.2", "方案 v1.2.pdf"],
    ["第1.5版", "第1.5版.pdf"],
    ["a\u200Bb\u2066c\u0000d\u0007.pdf", "abcd.pdf"],
    ["..\\..\\etc/passwd", "_.._etc_passwd.pdf"],
    ["  ..  ", "附件.pdf"],
    ["", "附件.pdf"],
    ["CON.pdf", "_CON.pdf"],
    ["nul", "_nul.pdf"],
    ['a:b*c?d"e<f>g|h.pdf', "a_b_c_d_e_f_g_h.pdf"],
    ["line\nbreak\u2028.pdf", "linebreak.pdf"],
  ])("%j holding a PDF → %j", (raw, stored) => {
    expect(evidenceFileName(raw, PDF)).toBe(stored);
  });

  it("keeps an ending that already says the type, and never an ending over 10 letters", () => {
    expect(evidenceFileName("照片.JPEG", JPEG)).toBe("照片.jpeg");
    expect(evidenceFileName("照片.png", JPEG)).toBe("照片.jpg");
    expect(evidenceFileName("x".repeat(300) + ".pdf", PDF)).toBe("x".repeat(120) + ".pdf");
  });

  it("gives every stored type at least one ending", () => {
    for (const extensions of Object.values(EXTENSIONS_BY_MIME)) expect(extensions.length).toBeGreaterThan(0);
    expect(sniffEvidenceType(pdfBytes, "x")?.extensions).toEqual(PDF);
  });

  it("checkEvidence stores the sniffed type's name, whatever the upload was called", () => {
    expect(checkEvidence({ name: "发票\u202Efdp.exe", bytes: pdfBytes })).toMatchObject({ name: "发票fdp.pdf", mime: "application/pdf" });
    expect(checkEvidence({ name: "整改证明.hta", bytes: pdfBytes }).name).toBe("整改证明.pdf");
    expect(cleanFileName(" \u202E证明.doc ")).toBe("证明.doc");
  });
});
