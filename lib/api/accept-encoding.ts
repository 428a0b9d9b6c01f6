/** Whether an Accept-Encoding header allows gzip ("gzip", "gzip, br", "*"; not "gzip;q=0"). */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  const q: Record<string, number> = {};
  for (const part of header.split(",")) {
    const [name, ...params] = part.split(";").map((x) => x.trim().toLowerCase());
    const weight = params.find((p) => p.startsWith("q="));
    q[name] = weight ? Number(weight.slice(2)) || 0 : 1;
  }
  return (q.gzip ?? q["*"] ?? 0) > 0;
}
