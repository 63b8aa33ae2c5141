'use server';

import { revalidatePath } from 'next/cache';
import { createUser, resetUserPassword, setUserDisabled, setUserRoles } from '@/db/queries/users';
import { ok, type ActionResult } from '@/lib/action-result';
import { editorialAction } from '@/lib/editorial-action';
import { createUserSchema, resetPasswordSchema, setUserDisabledSchema, setUserRolesSchema } from '@/lib/validation/users';

/** Refreshes the list after a change, and says what was done. */
async function settle<T>(change: () => Promise<ActionResult<T>>, success: string): Promise<ActionResult> {
  const outcome = await change();
  if (outcome.status !== 'success') return outcome;
  revalidatePath('/editor/users');
  return ok(undefined, success);
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
