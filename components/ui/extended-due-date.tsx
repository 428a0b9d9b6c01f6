import { formatDate } from "@/lib/format.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

/** A due date that an approved extension may have moved: the original stays visible
 *  ("原定 6月30日，经批准延期至 8月31日"). Used for measures and ledger entries alike. */
export function ExtendedDueDate({ dueOn, originalDueOn }: { dueOn: string; originalDueOn: string }) {
  if (dueOn === originalDueOn) {
    return <time dateTime={dueOn}>{formatDate(dueOn)}</time>;
  }
  return (
    <span data-testid="extended-due-date">
      {messages.extendedDue.original}
      <time dateTime={originalDueOn}>{formatDate(originalDueOn)}</time>
      {messages.extendedDue.extendedTo}
      <time dateTime={dueOn} className="font-medium">
        {formatDate(dueOn)}
      </time>
    </span>
  );
}
