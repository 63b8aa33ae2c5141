import { z } from './z';
import { roles } from '../permissions';

// Shared by the forms (react-hook-form), the server actions, the queries and `npm run user:create`.

export const MIN_PASSWORD_LENGTH = 12;

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address.')
  .max(254, 'Keep the email address to 254 characters or fewer.')
  .pipe(z.email('Enter an email address like name@example.org.'));

export const passwordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, 'Use 256 characters or fewer.');

export const rolesField = z
  .array(z.enum(roles, { message: 'Choose editor, reviewer or admin.' }), { message: 'Choose at least one role.' })
  .min(1, 'Choose at least one role.');

export const userId = z.coerce.number().int().positive();

export const createUserSchema = z.object({
  email: emailField,
  name: z.string().trim().min(1, 'Enter a name.').max(120, 'Keep the name to 120 characters or fewer.'),
  roles: rolesField,
  password: passwordField,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const userRolesFormSchema = z.object({ roles: rolesField });
export const setUserRolesSchema = userRolesFormSchema.extend({ userId });

export const setUserDisabledSchema = z.object({ userId, disabled: z.boolean() });

export const resetPasswordFormSchema = z.object({ password: passwordField });
export const resetPasswordSchema = resetPasswordFormSchema.extend({ userId });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
    newPassword: passwordField,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'This does not match the new password.',
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;
