'use server';

import { redirect } from 'next/navigation';
import { signOut } from './auth';

/** Ends the session on this device (the cookie goes) and returns to the login page. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirect: false });
  redirect('/login?notice=signed-out');
}
