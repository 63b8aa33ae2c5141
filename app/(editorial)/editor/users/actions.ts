'use server';

import { revalidatePath } from 'next/cache';
import { createUser, resetUserPassword, setUserDisabled, setUserRoles, type UserChange } from '@/db/queries/users';
import { conflict, forbidden, invalid, ok, type ActionResult } from '@/lib/action-result';
import { NotAllowedError } from '@/lib/auth/errors';
import { editorialAction } from '@/lib/editorial-action';
import { createUserSchema, resetPasswordSchema, setUserDisabledSchema, setUserRolesSchema } from '@/lib/validation/users';

/** Turns a query's outcome into the action result; refreshes the list after a change. */
async function settle<T>(change: () => Promise<UserChange<T>>, success: string): Promise<ActionResult> {
  let outcome: UserChange<T>;
  try {
    outcome = await change();
  } catch (error) {
    if (error instanceof NotAllowedError) return forbidden(error.message);
    throw error;
  }
  if (outcome.status === 'success') {
    revalidatePath('/editor/users');
    return ok(undefined, success);
  }
  if (outcome.field) return invalid({ [outcome.field]: outcome.message }, outcome.message);
  return conflict(outcome.message);
}

export const createUserAction = editorialAction(createUserSchema, 'users.manage', (actor, input) =>
  settle(() => createUser(actor, input), `${input.name} can now sign in with ${input.email}.`),
);

export const setUserRolesAction = editorialAction(setUserRolesSchema, 'users.manage', (actor, { userId, roles }) =>
  settle(() => setUserRoles(actor, userId, roles), 'Roles saved.'),
);

export const setUserDisabledAction = editorialAction(setUserDisabledSchema, 'users.manage', (actor, { userId, disabled }) =>
  settle(
    () => setUserDisabled(actor, userId, disabled),
    disabled ? 'Account disabled. Its sessions have ended.' : 'Account enabled. The user can sign in again.',
  ),
);

export const resetUserPasswordAction = editorialAction(resetPasswordSchema, 'users.manage', (actor, { userId, password }) =>
  settle(() => resetUserPassword(actor, userId, password), 'Password set. Any session of this user has ended.'),
);
