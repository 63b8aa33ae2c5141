'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { fieldErrorsFrom } from '@/lib/action-result';
import { signIn } from '@/lib/auth/auth';
import { safeNextPath } from '@/lib/auth/next-path';
import { SIGN_IN_FAILED, signInSchema } from '@/lib/validation/auth';

export type SignInState = { message: string; email: string; fieldErrors?: Record<string, string> } | null;

/** The login form's action (a plain form post, so it works without JavaScript). */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '').slice(0, 254);
  const parsed = signInSchema.safeParse({ email, password: formData.get('password') ?? '' });
  if (!parsed.success) {
    return { message: 'Enter your email address and your password.', email, fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (error) {
    // CredentialsSignin and every other Auth.js refusal: one sentence that never says which.
    if (error instanceof AuthError) return { message: SIGN_IN_FAILED, email };
    throw error;
  }
  redirect(safeNextPath(formData.get('next')));
}
