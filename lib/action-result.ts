// The one shape every server action returns; forms show `fieldErrors` next to their fields.
export type ActionResult<T = undefined> =
  | { status: 'success'; data: T; message?: string }
  | { status: 'invalid'; fieldErrors: Record<string, string>; message: string }
  | { status: 'forbidden' | 'conflict' | 'error'; message: string };

export const ok = <T>(data: T, message?: string): ActionResult<T> => ({ status: 'success', data, message });
export const invalid = (fieldErrors: Record<string, string>, message = 'Please correct the marked fields.') =>
  ({ status: 'invalid', fieldErrors, message }) as const;
export const forbidden = (message = 'You are not allowed to do this.') => ({ status: 'forbidden', message }) as const;
export const conflict = (message: string) => ({ status: 'conflict', message }) as const;
export const failure = (message = 'Something went wrong on our side. Your text is still here; please try again.') =>
  ({ status: 'error', message }) as const;

/** Turns zod issues into one message per field (the first one). */
export function fieldErrorsFrom(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'form');
    errors[key] ??= issue.message;
  }
  return errors;
}
