// Every server action goes through here: the viewer is required, the input is parsed with the
// action's zod schema (field errors come back in Chinese), our own AppError messages are shown,
// and any other error is logged and masked. Object-level checks happen inside the handler.
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Viewer } from "../auth/permissions.ts";
import { requireViewer } from "../auth/viewer.ts";
import { isAppError } from "../errors.ts";

export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

export const INITIAL_ACTION_RESULT = null;
export const GENERIC_FAILURE = "操作失败，请稍后重试。如果问题持续，请联系系统管理员。";
const INVALID_INPUT = "填写的内容有误，请按提示修改。";

/** Plain object from a form: repeated keys become arrays, files are kept as File objects. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    const values = formData.getAll(key);
    out[key] = values.length > 1 || key.endsWith("[]") ? values : values[0];
  }
  return out;
}

type Handler<S extends z.ZodType, T> = (input: z.output<S>, viewer: Viewer) => Promise<{ data: T; message?: string }>;

/** An action callable with an object (or FormData) from client code. */
export function createAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const viewer = await requireViewer();
      const input = schema.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw);
      if (!input.success) {
        const flat = z.flattenError(input.error);
        return { ok: false, error: flat.formErrors[0] ?? INVALID_INPUT, fieldErrors: flat.fieldErrors as Record<string, string[]> };
      }
      const { data, message } = await handler(input.data, viewer);
      return { ok: true, data, message };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      if (isAppError(error)) return { ok: false, error: error.message, ...(error.fields ? { fieldErrors: error.fields } : {}) };
      console.error("[action] unexpected error", error);
      return { ok: false, error: GENERIC_FAILURE };
    }
  };
}

/** The same action in the (previousState, formData) shape `useActionState` expects. */
export function createFormAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>) {
  const action = createAction(schema, handler);
  return async (_previous: ActionResult<T> | null, formData: FormData) => action(formData);
}
