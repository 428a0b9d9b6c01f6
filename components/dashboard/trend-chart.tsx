"use client"; // recharts draws in the browser

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { COLOUR_STYLE } from "@/components/status/colour-style.ts";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { statusMessages } from "@/lib/messages/status.ts";

const LINES: { colour: Colour; dash?: string }[] = [
  { colour: "RED" },
  { colour: "YELLOW", dash: "6 3" }, // dashes tell the lines apart without colour
  { colour: "BLUE", dash: "2 2" },
  { colour: "DONE", dash: "8 2 2 2" },
];

export function TrendChart({ points }: { points: ({ label: string } & Record<Colour, number>)[] }) {
  return (
    <div className="h-64" data-testid="chart-trend">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ left: 0, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {LINES.map(({ colour, dash }) => (
            <Line
              key={colour}
              dataKey={colour}
              name={statusMessages.colours[colour]}
              stroke={COLOUR_STYLE[colour].hex}
              strokeDasharray={dash}
              strokeWidth={2}
              dot
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
