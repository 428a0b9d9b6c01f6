// Running the app's server actions as the action wrapper does (lib/actions/safe-action.ts:
// runAction), for a real viewer, outside a Next.js request. Every action module is loaded, so
// `registeredActions` holds every action built with createAction / createFormAction.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { registeredActions, runAction, type ActionResult } from "@/lib/actions/safe-action.ts";

export type RegisteredAction = (typeof registeredActions)[number];

/**
 * Every action of lib/actions: each module is imported (registering its actions), and the count
 * is checked against the createAction / createFormAction calls in the sources, so none is missed.
 */
export async function loadAllActions(): Promise<RegisteredAction[]> {
  const root = path.join(process.cwd(), "lib", "actions");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && f !== "safe-action.ts");
  let declared = 0;
  for (const file of files.sort()) {
    const source = readFileSync(path.join(root, file), "utf8");
    declared += source.match(/\bcreate(Form)?Action\(/g)?.length ?? 0;
    if (source.startsWith('"use server"')) await import(/* @vite-ignore */ path.join(root, file));
  }
  if (registeredActions.length !== declared)
    throw new Error(`registered ${registeredActions.length} actions, the sources declare ${declared}`);
  return [...registeredActions];
}

/**
 * After the data function succeeded, an action revalidates pages (revalidatePath) or redirects;
 * outside a Next.js request the first throws an invariant and the second its redirect signal.
 * Both mean the action's work is done, so they count as success here.
 */
export async function runOutsideNext(
  action: Pick<RegisteredAction, "schema" | "handler">,
  raw: unknown,
  viewer: Viewer,
): Promise<ActionResult<unknown>> {
  const handler = async (input: unknown, v: Viewer) => {
    try {
      return await action.handler(input, v);
    } catch (error) {
      const text = String((error as Error)?.message ?? error);
      if (text.includes("static generation store missing") || (error as { digest?: string })?.digest?.startsWith("NEXT_REDIRECT"))
        return { data: null };
      throw error;
    }
  };
  return runAction(action.schema, handler, raw, viewer) as Promise<ActionResult<unknown>>;
}
