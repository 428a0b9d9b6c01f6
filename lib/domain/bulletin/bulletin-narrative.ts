// The narrative a bulletin starts from, generated from its figures: 总体情况 (the colour counts,
// mean progress, punctuality and the change since last month), 存在问题 (the lead units' approved
// reports' 存在问题) and 下步要求. The coordinator edits them before issuing.
import { COLOURS, type Colour } from "../status/measure-status.ts";
import { bulletinMessages } from "../../messages/bulletins.ts";
import { formatDate } from "../../format.ts";
import type { BulletinNarrative, BulletinSnapshot } from "./bulletin-snapshot.ts";

const n = bulletinMessages.narrative;

export function generatedNarrative(snapshot: BulletinSnapshot, previous: Record<Colour, number> | null): BulletinNarrative {
  return { overview: overviewText(snapshot, previous), problems: problemsText(snapshot), requirements: requirementsText(snapshot) };
}

export function overviewText(snapshot: BulletinSnapshot, previous: Record<Colour, number> | null): string {
  const total = COLOURS.reduce((sum, c) => sum + snapshot.counts[c], 0);
  const lines = [n.counts(formatDate(snapshot.asOf), total, snapshot.counts)];
  const c = snapshot.coverage;
  if (c && c.progress !== null) lines.push(n.progress(c.progress, c.reported, c.total));
  const due = snapshot.units.reduce((sum, u) => sum + u.due, 0);
  const onTime = snapshot.units.reduce((sum, u) => sum + u.onTime, 0);
  lines.push(due === 0 ? n.noneDue : n.onTime(due, onTime, Math.round((onTime / due) * 1000) / 10));
  if (previous) lines.push(changeText(snapshot.counts, previous));
  return lines.join("\n");
}

/** "与上月相比，红色事项减少2项，已完成事项增加1项。" in the order 红 黄 蓝 已完成. */
function changeText(now: Record<Colour, number>, before: Record<Colour, number>): string {
  const parts = (["RED", "YELLOW", "BLUE", "DONE"] as const).flatMap((colour) => {
    const delta = now[colour] - before[colour];
    const word = n.colourWords[colour];
    if (delta > 0) return [n.more(word, delta)];
    if (delta < 0) return [n.fewer(word, -delta)];
    return [];
  });
  return parts.length ? n.change(parts) : n.unchanged;
}

export function problemsText(snapshot: BulletinSnapshot): string {
  const lines = snapshot.measures
    .filter((m) => m.problems.trim() !== "")
    .map((m, i) =>
      n.problem(i + 1, `任务${m.task}措施${m.number}“${m.taskTitle}”`, m.leadUnit, m.problems.trim().replace(/\s*\n\s*/g, "；")),
    );
  return lines.length ? lines.join("\n") : n.noProblems;
}

export function requirementsText(snapshot: BulletinSnapshot): string {
  const redUnits = [
    ...new Set(
      snapshot.measures
        .filter((m) => m.colour === "RED")
        .map((m) => m.leadUnit)
        .filter(Boolean),
    ),
  ];
  return n.requirements(redUnits);
}
