"use client"; // recharts draws in the browser

import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import { COLOUR_ORDER, COLOUR_STYLE } from "@/components/status/colour-style.ts";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { statusMessages } from "@/lib/messages/status.ts";

export function ColourMixChart({ counts }: { counts: Record<Colour, number> }) {
  const data = COLOUR_ORDER.filter((c) => counts[c] > 0).map((c) => ({ colour: c, name: statusMessages.colours[c], value: counts[c] }));
  return (
    <div className="h-64" data-testid="chart-colour-mix">
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie
            data={data}
            dataKey="value"
            nameKey="name"
            innerRadius="45%"
            outerRadius="80%"
            label={({ name, value }) => `${name} ${value}`}
            isAnimationActive={false}
          >
            {data.map((d) => (
              <Cell key={d.colour} fill={COLOUR_STYLE[d.colour].hex} stroke="#fff" />
            ))}
          </Pie>
          <Tooltip />
          <Legend />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}
