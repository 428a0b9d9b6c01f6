// Every server action goes through here: the viewer is required, the input is parsed with the
// action's zod schema (field errors come back in Chinese), our own AppError messages are shown,
// and any other error is logged and masked. Object-level checks happen inside the handler.
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Viewer } from "../auth/permissions.ts";
import { requireViewer } from "../auth/viewer.ts";
import { isAppError } from "../errors.ts";
import { messages } from "../messages/zh-CN.ts";
import { pathOfNulCharacter } from "../nul-characters.ts";
import { collectTouched, type Touched } from "../data/touched.ts";
import { revalidateTouched } from "./revalidate-touched.ts";

export type ActionResult<T = null> =
  { ok: true; data: T; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

export const INITIAL_ACTION_RESULT = null;
export const GENERIC_FAILURE = "操作失败，请稍后重试。如果问题持续，请联系系统管理员。";
const INVALID_INPUT = "填写的内容有误，请按提示修改。";

/** Plain object from a form: repeated keys become arrays, files are kept as File objects. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    const values = formData.getAll(key);
    entries.push([key, values.length > 1 || key.endsWith("[]") ? values : values[0]]);
  }
  // fromEntries defines own properties: a field named "__proto__" stays a field, never the prototype.
  return Object.fromEntries(entries);
}

type Handler<S extends z.ZodType, T> = (input: z.output<S>, viewer: Viewer) => Promise<{ data: T; message?: string }>;

/** An action callable with an object (or FormData) from client code. */
export function createAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>) {
  registeredActions.push({ schema, handler: handler as Handler<z.ZodType, unknown> });
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const viewer = await requireViewer();
      // What the handler's writes touched is refreshed once they committed, also when the handler
      // failed or redirected (redirect() throws) after them.
      const touched: Touched[] = [];
      try {
        return await collectTouched(touched, () => runAction(schema, handler, raw, viewer));
      } finally {
        if (touched.length) revalidateTouched(touched);
      }
    } catch (error) {
      return failure(error);
    }
  };
}

/**
 * The wrapper's work once the viewer is known: input checked (no NUL characters, then the schema),
 * the handler run, our AppErrors shown, anything else masked. Exported for the fuzz test
 * (tests/fuzz/fuzz-inputs.test.ts), which runs every action this way for real viewers.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  handler: Handler<S, T>,
  raw: unknown,
  viewer: Viewer,
): Promise<ActionResult<T>> {
  try {
    const object = raw instanceof FormData ? formDataToObject(raw) : raw;
    const nul = pathOfNulCharacter(object);
    if (nul)
      return {
        ok: false,
        error: messages.nulCharacter,
        fieldErrors: nul.length ? { [String(nul[0])]: [messages.nulCharacter] } : undefined,
      };
    const input = schema.safeParse(object);
    if (!input.success) {
      const flat = z.flattenError(input.error);
      return { ok: false, error: flat.formErrors[0] ?? INVALID_INPUT, fieldErrors: flat.fieldErrors as Record<string, string[]> };
    }
    const { data, message } = await handler(input.data, viewer);
    return { ok: true, data, message };
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): ActionResult<never> {
  unstable_rethrow(error); // redirect() and notFound() are not failures
  if (isAppError(error)) return { ok: false, error: error.message, ...(error.fields ? { fieldErrors: error.fields } : {}) };
  console.error("[action] unexpected error", error);
  return { ok: false, error: GENERIC_FAILURE };
}

/**
 * Every action built here, with its schema and handler (module-level, filled as the action modules
 * load): the fuzz test runs each of them, so a new action is fuzzed without being listed anywhere.
 */
export const registeredActions: { schema: z.ZodType; handler: Handler<z.ZodType, unknown> }[] = [];

/** The same action in the (previousState, formData) shape `useActionState` expects. */
export function createFormAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>) {
  const action = createAction(schema, handler);
  return async (_previous: ActionResult<T> | null, formData: FormData) => action(formData);
}
