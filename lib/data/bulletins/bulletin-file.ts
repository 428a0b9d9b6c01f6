// A bulletin as a downloadable file, for the export routes: who may read it is checked in getBulletin.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { bulletinDocx } from "../../exports/bulletin-docx.ts";
import { bulletinXlsx } from "../../exports/bulletin-xlsx.ts";
import { DOCX_TYPE, XLSX_TYPE } from "../../exports/download-response.ts";
import { bulletinMessages as m } from "../../messages/bulletins.ts";
import { getBulletin } from "./get-bulletin.ts";

export async function bulletinFile(viewer: Viewer | null, id: number, format: "docx" | "xlsx") {
  const bulletin = await getBulletin(viewer, id);
  if (!bulletin) return null;
  const name = `${m.heading(bulletin.snapshot.periodLabel)}.${format}`;
  return format === "docx"
    ? { name, type: DOCX_TYPE, body: await bulletinDocx(bulletin.snapshot, bulletin.issuedOn) }
    : { name, type: XLSX_TYPE, body: await bulletinXlsx(bulletin.snapshot) };
}
