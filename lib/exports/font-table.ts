// The fonts an official document names, and the fallback Word uses for each when it is not installed
// (its font table's altName, with the GB2312 character set so that any Chinese font of the family
// can stand in). Nothing is embedded: the file stays small and opens the same wherever these or
// their usual substitutes exist. LibreOffice falls back on its own (fontconfig).
import JSZip from "jszip";

export const FONTS = {
  /** 小标宋: the 发文机关标志 and titles. */
  title: "方正小标宋简体",
  /** 仿宋: the body. */
  body: "仿宋_GB2312",
  /** 黑体: first-level headings, 附件N, table headers. */
  hei: "黑体",
  /** 楷体: second-level headings. */
  kai: "楷体_GB2312",
  /** 宋体: page numbers. */
  song: "宋体",
  latin: "Times New Roman",
} as const;

/** Each font with its fallback, and the fallbacks with theirs (Windows' English names). */
const FALLBACKS: [name: string, alt: string, family: "roman" | "modern" | "swiss"][] = [
  [FONTS.title, "宋体", "roman"],
  [FONTS.body, "仿宋", "modern"],
  ["仿宋", "FangSong", "modern"],
  [FONTS.hei, "SimHei", "swiss"],
  [FONTS.kai, "楷体", "modern"],
  ["楷体", "KaiTi", "modern"],
  [FONTS.song, "SimSun", "roman"],
];

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The .docx with a font table that names every font and its fallback. */
export async function withFontFallbacks(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const table = await zip.file("word/fontTable.xml")?.async("string");
  if (table === undefined) return docx;
  const fonts = FALLBACKS.map(
    ([name, alt, family]) =>
      `<w:font w:name="${escape(name)}"><w:altName w:val="${escape(alt)}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`,
  ).join("");
  const filled = /<w:fonts[^>]*\/>\s*$/.test(table)
    ? table.replace(/<w:fonts([^>]*?)\/>\s*$/, `<w:fonts$1>${fonts}</w:fonts>`)
    : table.replace(/<\/w:fonts>\s*$/, `${fonts}</w:fonts>`);
  zip.file("word/fontTable.xml", filled);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
