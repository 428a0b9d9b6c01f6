import { Badge } from "@/components/ui/badge.tsx";
import { messages } from "@/lib/messages/zh-CN.ts";

/** 牵头 or 配合, in words (never colour alone). */
export function UnitRoleBadge({ role }: { role: "LEAD" | "CO" }) {
  return <Badge tone={role === "LEAD" ? "brand" : "muted"}>{messages.roles[role]}</Badge>;
}
