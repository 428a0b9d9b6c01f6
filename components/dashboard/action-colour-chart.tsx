"use client"; // recharts draws in the browser

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { COLOUR_ORDER, COLOUR_STYLE } from "@/components/status/colour-style.ts";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { statusMessages } from "@/lib/messages/status.ts";

export type ActionColours = { name: string } & Record<Colour, number>;

export function ActionColourChart({ rows }: { rows: ActionColours[] }) {
  return (
    <div className="h-80" data-testid="chart-actions">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={72} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {COLOUR_ORDER.map((c) => (
            <Bar
              key={c}
              dataKey={c}
              name={statusMessages.colours[c]}
              stackId="colours"
              fill={COLOUR_STYLE[c].hex}
              isAnimationActive={false}
            >
              <LabelList
                dataKey={c}
                position="center"
                fill={c === "YELLOW" || c === "NOT_REPORTED" ? "#111" : "#fff"}
                fontSize={11}
                formatter={(v) => (Number(v) > 0 ? String(v) : "")}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
