import type { ReactNode } from "react";

/** A white panel; keeps itself together on a printed page. */
export function Card({
  children,
  className = "",
  as: Tag = "section",
  ...rest
}: {
  children: ReactNode;
  className?: string;
  as?: "section" | "article" | "div";
  "aria-labelledby"?: string;
}) {
  return (
    <Tag
      className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid sm:p-5 print:shadow-none ${className}`}
      {...rest}
    >
      {children}
    </Tag>
  );
}
