// How each colour looks. Always paired with its word (红/黄/蓝…): never colour alone.
import type { Colour } from "@/lib/domain/status/measure-status.ts";

export const COLOUR_ORDER: Colour[] = ["RED", "YELLOW", "BLUE", "DONE", "NOT_REPORTED"];

export const COLOUR_STYLE: Record<Colour, { hex: string; badge: string; cell: string }> = {
  RED: { hex: "#dc2626", badge: "bg-red-700 text-white", cell: "bg-red-100 text-red-900" },
  YELLOW: { hex: "#eab308", badge: "bg-yellow-300 text-yellow-950", cell: "bg-yellow-100 text-yellow-950" },
  BLUE: { hex: "#2563eb", badge: "bg-blue-700 text-white", cell: "bg-blue-100 text-blue-900" },
  DONE: { hex: "#16a34a", badge: "bg-green-700 text-white", cell: "bg-green-100 text-green-900" },
  NOT_REPORTED: { hex: "#94a3b8", badge: "bg-slate-200 text-slate-800", cell: "bg-slate-100 text-slate-700" },
};
