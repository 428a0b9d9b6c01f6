// The bulletin as a Word file, from its frozen snapshot: the official document (GB/T 9704) for
// bulletins issued with one, the earlier layout, unchanged, for those issued before.
import { bulletinDocument } from "../domain/bulletin/bulletin-document.ts";
import type { BulletinSnapshot } from "../domain/bulletin/bulletin-snapshot.ts";
import type { IsoDate } from "../domain/dates.ts";
import { legacyBulletinDocx } from "./bulletin-docx-legacy.ts";
import { officialDocx } from "./official-docx.ts";

export async function bulletinDocx(snapshot: BulletinSnapshot, issuedOn: IsoDate): Promise<Buffer> {
  if (!snapshot.document || !snapshot.narrative) return legacyBulletinDocx(snapshot, issuedOn);
  return officialDocx(bulletinDocument(snapshot, snapshot.document, snapshot.narrative, issuedOn));
}
