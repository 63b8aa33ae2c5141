import { z } from './z';

/** The one message for every failed sign-in: it never says whether the account exists or is paused. */
export const SIGN_IN_FAILED =
  'The email or password is incorrect, or sign-in is paused after too many attempts. Try again later.';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Enter your email address.')
    .max(254, 'Enter your email address.')
    .pipe(z.email('Enter your email address, like name@example.org.')),
  password: z.string().min(1, 'Enter your password.').max(1024, 'Enter your password.'),
});
export type SignInInput = z.infer<typeof signInSchema>;
