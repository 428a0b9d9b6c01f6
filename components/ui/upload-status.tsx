// How an upload is going, announced politely: a progress bar while bytes go up, then words (or an
// error in red). Shared by the notice import and the report form's evidence files.
export type UploadState = { text: string; percent: number | null; error: boolean };

export function UploadStatus({ state, testId }: { state: UploadState | null; testId: string }) {
  if (!state) return null;
  return (
    <div role="status" aria-live="polite" data-testid={testId} className={state.error ? "text-sm text-red-700" : "text-sm text-slate-700"}>
      {state.percent !== null ? <progress max={100} value={state.percent} className="mb-1 block h-2 w-full max-w-md" /> : null}
      {state.text}
    </div>
  );
}

/** The percent of an upload's progress event, or null when the browser cannot tell. */
export function uploadedPercent(event: ProgressEvent): number | null {
  return event.lengthComputable && event.total > 0 ? Math.round((event.loaded / event.total) * 100) : null;
}
