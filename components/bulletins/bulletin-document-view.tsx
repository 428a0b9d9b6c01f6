// A bulletin document as the page shows it: the same model the Word file is made from
// (lib/domain/bulletin/bulletin-document.ts), laid out like the printed page — red header and rule,
// 文号, title, body, 附件说明, 落款, the attachments' tables (same column widths), 版记.
import { Fragment } from "react";
import { columnWidths } from "@/lib/domain/bulletin/column-widths.ts";
import type { BulletinDocument, DocumentTable } from "@/lib/domain/bulletin/bulletin-document.ts";
import { formatDate } from "@/lib/format.ts";
import { bulletinMessages } from "@/lib/messages/bulletins.ts";

const d = bulletinMessages.document;
/** The Word table holds 42 characters of 五号 across the text width. */
const TABLE_CAPACITY = 42;
const SERIF = { fontFamily: "'FangSong', 'STFangsong', '仿宋', 'Noto Serif CJK SC', serif" };

export function BulletinDocumentView({ doc }: { doc: BulletinDocument }) {
  return (
    <article
      className="mx-auto max-w-3xl border border-slate-200 bg-white px-5 py-8 text-[15px] leading-8 shadow-sm sm:px-12 print:max-w-none print:border-0 print:p-0 print:shadow-none"
      style={SERIF}
      data-testid="bulletin-document"
    >
      <header className="mb-6 text-center">
        <p className="text-2xl font-bold tracking-widest text-red-600 sm:text-4xl" data-testid="bulletin-issuer">
          {doc.issuer}
          {d.headerSuffix}
        </p>
        <p className="mt-6 pb-2" data-testid="bulletin-doc-number">
          {doc.docNumber ?? "\u00a0"}
        </p>
        <hr className="border-t-2 border-red-600" />
      </header>
      <h2 className="mb-4 text-center text-2xl font-bold">{doc.title}</h2>
      <p>{doc.recipients}</p>
      <p className="indent-8">{doc.opening}</p>
      {doc.sections.map((s) => (
        <section key={s.heading} data-testid="bulletin-section">
          <h3 className="indent-8 font-sans font-bold">{s.heading}</h3>
          {s.paragraphs.map((p, i) => (
            <p key={i} className="indent-8">
              {p}
            </p>
          ))}
        </section>
      ))}
      <ol className="mt-4 pl-8">
        {doc.attachments.map((a, i) => (
          <li key={a.title} className="list-none">
            {i === 0 ? d.attachmentsLead : <span className="invisible">{d.attachmentsLead}</span>}
            {i + 1}.{a.title}
          </li>
        ))}
      </ol>
      <p className="mt-8 text-right pr-16">{doc.signature}</p>
      <p className="text-right pr-8">{formatDate(doc.date)}</p>
      {doc.attachments.map((a, i) => (
        <section key={a.title} className="mt-10 break-before-page" data-testid="bulletin-attachment">
          <p className="font-sans font-bold">{d.attachment(i + 1)}</p>
          <h3 className="mb-3 text-center text-xl font-bold">{a.title}</h3>
          {a.table ? <DocumentTableView table={a.table} /> : <p className="indent-8">{a.empty}</p>}
        </section>
      ))}
      <footer className="mt-10 border-y border-black text-sm leading-7">
        {doc.cc ? <p className="border-b border-black px-4">{d.cc(doc.cc)}</p> : null}
        <p className="flex justify-between px-4">
          <span>{doc.printedBy}</span>
          <span>{formatDate(doc.printedOn)}印发</span>
        </p>
      </footer>
    </article>
  );
}

function DocumentTableView({ table }: { table: DocumentTable }) {
  const widths = columnWidths(table, 100, TABLE_CAPACITY);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] table-fixed border-collapse text-[13px] leading-6">
        <colgroup>
          {widths.map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.header} scope="col" className="whitespace-pre-line border border-black px-1 font-sans">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <Fragment key={i}>
              {table.groups
                ?.filter((g) => g.before === i)
                .map((g) => (
                  <tr key={g.title}>
                    <th
                      scope="rowgroup"
                      colSpan={table.columns.length}
                      className="border border-black px-1 text-left font-sans font-normal"
                    >
                      {g.title}
                    </th>
                  </tr>
                ))}
              <tr>
                {r.map((cell, j) => (
                  <td key={j} className="whitespace-pre-line border border-black px-1 align-middle">
                    {cell}
                  </td>
                ))}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
