'use server';

import { redirect } from 'next/navigation';
import { changeOwnPassword } from '@/db/queries/users';
import { forbidden, invalid, ok, type ActionResult } from '@/lib/action-result';
import { signOut } from '@/lib/auth/auth';
import { NotAllowedError } from '@/lib/auth/errors';
import { editorialAction } from '@/lib/editorial-action';
import { changeOwnPasswordSchema } from '@/lib/validation/users';

const changePassword = editorialAction(changeOwnPasswordSchema, 'workspace.enter', async (actor, input) => {
  try {
    const outcome = await changeOwnPassword(actor, input);
    if (outcome.status === 'success') return ok(undefined);
    return invalid({ [outcome.field ?? 'currentPassword']: outcome.message }, outcome.message);
  } catch (error) {
    if (error instanceof NotAllowedError) return forbidden(error.message);
    throw error;
  }
});

/**
 * Changing one's password ends every session of that user, this one too (the session version moves on);
 * the user signs in again with the new password, and /login says why.
 */
export async function changeOwnPasswordAction(input: unknown): Promise<ActionResult> {
  const result = await changePassword(input);
  if (result.status !== 'success') return result;
  await signOut({ redirect: false });
  redirect('/login?notice=password-changed');
}
