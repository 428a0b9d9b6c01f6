/** The text with every occurrence of the search terms wrapped in <mark>. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "gi");
  const lowered = terms.map((t) => t.toLowerCase());
  return <>{text.split(pattern).map((part, i) => (lowered.includes(part.toLowerCase()) ? <mark key={i}>{part}</mark> : part))}</>;
}
