"use client";
// The notice upload: region and file, sent with XMLHttpRequest so that the upload shows its progress
// and can be cancelled, then the route's progress lines (reading, parsing) until the preview opens.
// Without JavaScript the same form posts normally and the route redirects to the preview.
import { useRef, useState } from "react";
import { planMessages } from "@/lib/messages/plans.ts";
import { NEW_REGION, type UploadProgress } from "@/lib/plan-import-form.ts";
import { UploadStatus, uploadedPercent, type UploadState } from "@/components/ui/upload-status.tsx";
import { Button } from "@/components/ui/button.tsx";

const m = planMessages.manage;
type Region = { id: number; name: string; level: "CITY" | "COUNTY" };
type Props = {
  regions: Region[];
  canAddCounty: boolean;
  /** A rollover: the region and the plan it follows are fixed. */
  rollover?: { planId: number; regionName: string };
  error?: string;
};

const inputClass = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-600";

export function ImportUploadForm({ regions, canAddCounty, rollover, error }: Props) {
  const [region, setRegion] = useState(rollover?.regionName ?? regions[0]?.name ?? NEW_REGION);
  const [status, setStatus] = useState<UploadState | null>(error ? { text: error, percent: null, error: true } : null);
  const request = useRef<XMLHttpRequest | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    let seen = 0;
    xhr.open("POST", "/plans/import/upload");
    xhr.setRequestHeader("Accept", "application/x-ndjson");
    xhr.upload.onprogress = (e) => {
      const percent = uploadedPercent(e);
      if (percent !== null) setStatus({ text: m.uploading(percent), percent, error: false });
    };
    // The answer comes line by line while the file is read and parsed.
    const readLines = () => {
      const lines = xhr.responseText.slice(seen).split("\n");
      const complete = lines.slice(0, -1);
      seen += complete.reduce((n, l) => n + l.length + 1, 0);
      for (const line of complete) if (line.trim()) show(JSON.parse(line) as UploadProgress);
    };
    const show = (p: UploadProgress) => {
      if (p.stage === "error") setStatus({ text: p.message, percent: null, error: true });
      else if (p.stage === "done") {
        setStatus({ text: m.stages.done, percent: 100, error: false });
        window.location.assign(`/plans/import/${p.id}`); // eslint-disable-line @next/next/no-location-assign-relative-destination -- a full load after the XHR, so the preview is server-rendered fresh
      } else setStatus({ text: m.stages[p.stage], percent: 100, error: false });
    };
    xhr.onprogress = readLines;
    xhr.onload = () => {
      readLines();
      if (xhr.status >= 400 && !xhr.responseText) setStatus({ text: m.failed, percent: null, error: true });
      request.current = null;
    };
    xhr.onerror = () => setStatus({ text: m.failed, percent: null, error: true });
    xhr.onabort = () => setStatus({ text: m.cancelled, percent: null, error: true });
    setStatus({ text: m.uploading(0), percent: 0, error: false });
    xhr.send(new FormData(event.currentTarget));
  }

  const busy = status !== null && !status.error;
  return (
    <form
      action="/plans/import/upload"
      method="post"
      encType="multipart/form-data"
      onSubmit={submit}
      className="space-y-4"
      data-testid="import-form"
    >
      {rollover ? (
        <>
          <input type="hidden" name="regionName" value={rollover.regionName} />
          <input type="hidden" name="previousPlanId" value={rollover.planId} />
        </>
      ) : (
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-medium">{m.region}</legend>
          <label className="text-sm">
            <span className="sr-only">{m.region}</span>
            <select
              name="regionName"
              value={region}
              onChange={(e) => setRegion(e.target.value)}
              className={inputClass}
              data-testid="import-region"
            >
              {regions.map((r) => (
                <option key={r.id} value={r.name}>
                  {r.level === "CITY" ? m.city : r.name}
                </option>
              ))}
              {canAddCounty ? <option value={NEW_REGION}>{m.newCounty}…</option> : null}
            </select>
          </label>
          {region === NEW_REGION ? (
            <label className="text-sm">
              <span className="sr-only">{m.newCounty}</span>
              <input
                name="newRegionName"
                required
                maxLength={40}
                placeholder={m.newCountyPlaceholder}
                className={inputClass}
                data-testid="import-new-region"
              />
            </label>
          ) : null}
        </fieldset>
      )}
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{m.file}</span>
        <input
          type="file"
          name="file"
          required
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className="block w-full text-sm"
          data-testid="import-file"
        />
        <span className="mt-1 block text-slate-600">{m.fileHint}</span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy}>
          {m.upload}
        </Button>
        {busy ? (
          <Button onClick={() => request.current?.abort()} variant="quiet" size="sm">
            {m.cancel}
          </Button>
        ) : null}
      </div>
      <UploadStatus state={status} testId="import-progress" />
    </form>
  );
}
