// The name an evidence file is stored and downloaded under. A file is accepted for what its bytes
// are (evidence-type.ts), so its name must say the same: `整改证明.hta` holding a PDF is stored as
// `整改证明.pdf`, and a name cannot hide its real ending behind invisible characters — bidi
// overrides (`发票\u202Efdp.exe` shows as "发票exe.pdf"), zero-width and other format characters,
// controls — or behind characters and names Windows treats specially.

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Zl}\p{Zp}]/gu;
const RESERVED = /[\\/:*?"<>|]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** An ending worth replacing: a short run of ASCII letters and digits with at least one letter. */
const ENDING = /\.([a-z0-9]{1,10})$/i;
const MAX_STEM = 120;

/** A name as it will be shown: no invisible characters, no path or reserved characters, no edge dots or spaces. */
export function cleanFileName(rawName: string): string {
  return rawName
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/gu, " ")
    .replace(/^[\s.]+|[\s.]+$/gu, "");
}

/** `rawName` cleaned, ending in one of `extensions` (the first unless the name already has one of them). */
export function evidenceFileName(rawName: string, extensions: readonly string[]): string {
  const cleaned = cleanFileName(rawName);
  const ending = ENDING.exec(cleaned);
  const current = ending && /[a-z]/i.test(ending[1]) ? ending[1].toLowerCase() : null;
  let stem = (current ? cleaned.slice(0, -ending![0].length) : cleaned).replace(/[\s.]+$/u, "");
  stem =
    [...stem]
      .slice(0, MAX_STEM)
      .join("")
      .replace(/[\s.]+$/u, "") || "附件";
  if (WINDOWS_DEVICE.test(stem.split(".")[0])) stem = `_${stem}`;
  const extension = current && extensions.includes(current) ? current : extensions[0];
  return `${stem}.${extension}`;
}
