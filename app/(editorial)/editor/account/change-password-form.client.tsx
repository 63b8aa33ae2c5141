'use client';

import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form.client';
import { changeOwnPasswordSchema, MIN_PASSWORD_LENGTH } from '@/lib/validation/users';
import { changeOwnPasswordAction } from './actions';

export function ChangePasswordForm({ email }: { email: string }) {
  const { form, submit, tone, message } = useActionForm({
    schema: changeOwnPasswordSchema,
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    action: changeOwnPasswordAction,
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={submit} noValidate className="max-w-md space-y-4" aria-labelledby="change-password-heading">
      {/* Lets password managers pair the new password with the account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register('currentPassword')}
      />
      <TextField
        id="new-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong one.`}
        error={errors.newPassword?.message}
        {...form.register('newPassword')}
      />
      <TextField
        id="confirm-password"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...form.register('confirmPassword')}
      />
      <FormMessage tone={tone} message={message} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Change password
      </button>
    </form>
  );
}
