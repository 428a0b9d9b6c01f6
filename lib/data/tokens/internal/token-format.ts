// What a personal API token looks like, and how it is stored. The token is 32 random bytes,
// base64url, behind a recognisable prefix (so a leaked token is easy to spot in logs and by
// secret scanners); only its SHA-256 is stored, and a short prefix to tell tokens apart in the list.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "dbn_";
/** dbn_ + 43 base64url characters (32 bytes). */
const TOKEN_PATTERN = /^dbn_[A-Za-z0-9_-]{43}$/;
/** Characters kept for display: "dbn_" and the first 8 of the secret. */
const DISPLAY_LENGTH = TOKEN_PREFIX.length + 8;

export function newToken(): { token: string; hash: string; prefix: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token), prefix: token.slice(0, DISPLAY_LENGTH) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Cheap shape check before any database lookup. */
export function isWellFormedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
