// The one error type of the workspace's data functions. A function that refuses throws an EditorialError with a
// code; the action wrapper (lib/editorial-action.ts) turns it into the typed result the form shows, in one place.
import type { ActionResult } from './action-result';
import { can, type Action, type Actor } from './permissions';

export type EditorialErrorCode = 'invalid' | 'forbidden' | 'conflict' | 'not_found';

export class EditorialError extends Error {
  constructor(
    readonly code: EditorialErrorCode,
    message: string,
    /** For `invalid`: one message per field, shown next to it. */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'EditorialError';
  }
}

export const NOT_ALLOWED = 'You are not allowed to do this.';

/** Refuses unless one of the actor's roles allows `action` (the permission matrix, checked on the server). */
export function assertCan(actor: Actor, action: Action): void {
  if (!can(actor.roles, action)) throw new EditorialError('forbidden', NOT_ALLOWED);
}

/** The action result for a refusal: a missing record reads as a conflict (it changed since the page was shown). */
export function resultOf(error: EditorialError): ActionResult<never> {
  switch (error.code) {
    case 'invalid':
      return { status: 'invalid', fieldErrors: error.fieldErrors, message: error.message };
    case 'forbidden':
      return { status: 'forbidden', message: error.message };
    case 'conflict':
    case 'not_found':
      return { status: 'conflict', message: error.message };
  }
}
