// A bulletin as a downloadable file, for the export routes: who may read it is checked in getBulletin.
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { bulletinDocx } from "../../exports/bulletin-docx.ts";
import { bulletinXlsx } from "../../exports/bulletin-xlsx.ts";
import { DOCX_TYPE, XLSX_TYPE, type ExportFile } from "../../exports/download-response.ts";
import { bulletinMessages as m } from "../../messages/bulletins.ts";
import { getBulletin } from "./get-bulletin.ts";

export async function bulletinFile(viewer: Viewer | null, id: number, format: "docx" | "xlsx"): Promise<ExportFile | null> {
  const bulletin = await getBulletin(viewer, id);
  if (!bulletin) return null;
  const name = `${m.heading(bulletin.snapshot.periodLabel)}.${format}`;
  // The month as digits for clients that cannot take the Chinese name: 2023年5月 → bulletin-2023-05.
  const month = /^(\d{4})年(\d{1,2})月$/.exec(bulletin.snapshot.periodLabel);
  const asciiName = `bulletin-${month ? `${month[1]}-${month[2].padStart(2, "0")}` : id}.${format}`;
  return format === "docx"
    ? { name, asciiName, type: DOCX_TYPE, body: await bulletinDocx(bulletin.snapshot, bulletin.issuedOn) }
    : { name, asciiName, type: XLSX_TYPE, body: await bulletinXlsx(bulletin.snapshot) };
}
