"use client";
// One place on the review page where the result of an approval or return is announced: the row
// that was reviewed usually leaves the list, so it cannot carry the message itself.
import { createContext, useContext, useState, type ReactNode } from "react";

const ShowFeedback = createContext<(message: string) => void>(() => {});

export function ReviewFeedback({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <ShowFeedback value={setMessage}>
      <div role="status" aria-live="polite" className="empty:hidden" data-testid="review-message">
        {message ? <p className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">{message}</p> : null}
      </div>
      {children}
    </ShowFeedback>
  );
}

/** Announces a successful review step on the page. */
export function useReviewFeedback(): (message: string) => void {
  return useContext(ShowFeedback);
}
