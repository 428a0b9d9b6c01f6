// Errors whose message is written for the user (in Chinese) and safe to show as is.
// Anything else that escapes to the browser is masked as a generic failure.

export type AppErrorCode = "INVALID_INPUT" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "IMPORT_INVALID";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Messages for particular fields (a form shows them there; the API returns them as `fields`). */
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
