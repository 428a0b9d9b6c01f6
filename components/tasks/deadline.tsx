import { formatDate } from "@/lib/format.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

/** The due date with the words it was read from, so a reader can check it against the notice. */
export function Deadline({ dueDate, phrase }: { dueDate: string; phrase: string | null }) {
  return (
    <span data-testid="deadline">
      <time dateTime={dueDate} className="font-medium">
        {formatDate(dueDate)}
      </time>
      <span className="ml-2 text-sm text-slate-600">{phrase ? messages.measure.sourcePhrase(phrase) : messages.measure.defaultDeadline}</span>
    </span>
  );
}
