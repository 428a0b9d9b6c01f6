// Quoted names and document titles (“十四五”, 《关于2024年底前……的方案》): words inside them name
// something, they are neither targets nor deadlines of the measure that cites them.

export type Span = { start: number; end: number };

const PAIRS: Record<string, string> = { "“": "”", "《": "》", "「": "」", "‘": "’", '"': '"' };

/** Each quoted span as [index of the opening mark, index of the closing mark]. */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = PAIRS[text[i]];
    if (!close) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) continue;
    spans.push({ start: i, end });
    i = end;
  }
  return spans;
}

/** The span strictly containing `index`, if any. */
export function spanAround(spans: Span[], index: number): Span | undefined {
  return spans.find((s) => index > s.start && index < s.end);
}

/** Full-width digits (２８所) as ASCII, one character for one, so indexes stay valid. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
