/** The token of an `Authorization: Bearer <token>` header, or null for any other header. */
export function bearerToken(header: string | null | undefined): string | null {
  return (header && /^Bearer +(\S+) *$/i.exec(header)?.[1]) || null;
}
