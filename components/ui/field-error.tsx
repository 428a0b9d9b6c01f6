/** A form field's error, below the field (the field names it in aria-describedby by `id`). */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700" data-testid={id}>
      {message}
    </p>
  ) : null;
}
