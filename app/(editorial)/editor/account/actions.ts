'use server';

import { redirect } from 'next/navigation';
import { changeOwnPassword } from '@/db/queries/users';
import type { ActionResult } from '@/lib/action-result';
import { signOut } from '@/lib/auth/auth';
import { editorialAction } from '@/lib/editorial-action';
import { changeOwnPasswordSchema } from '@/lib/validation/users';

const changePassword = editorialAction(changeOwnPasswordSchema, 'workspace.enter', (actor, input) => changeOwnPassword(actor, input));

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
