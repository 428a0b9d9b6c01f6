import { ExtendedDueDate } from "@/components/ui/extended-due-date.tsx";
import type { IsoDate } from "@/lib/domain/dates.ts";
import { formatDate } from "@/lib/format.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

/** Where an approved extension (延期) moved a measure's due date: the date in force and the notice's. */
export type ExtendedDue = { dueDate: IsoDate; originalDueDate: IsoDate };

/**
 * The due date with the words it was read from, so a reader can check it against the notice.
 * `extended`: the due date in force when an approved extension moved it; the notice's stays shown.
 */
export function Deadline({ dueDate, phrase, extended }: { dueDate: string; phrase: string | null; extended?: ExtendedDue }) {
  return (
    <span data-testid="deadline">
      {extended && extended.dueDate !== extended.originalDueDate ? (
        <ExtendedDueDate dueOn={extended.dueDate} originalDueOn={extended.originalDueDate} />
      ) : (
        <time dateTime={dueDate} className="font-medium">
          {formatDate(dueDate)}
        </time>
      )}
      <span className="ml-2 text-sm text-slate-600">
        {phrase ? messages.measure.sourcePhrase(phrase) : messages.measure.defaultDeadline}
      </span>
    </span>
  );
}
