'use client';

import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form.client';
import { createUserSchema, MIN_PASSWORD_LENGTH } from '@/lib/validation/users';
import { createUserAction } from './actions';
import { RoleCheckboxes } from './role-checkboxes';

export function CreateUserForm() {
  const { form, submit, tone, message } = useActionForm({
    schema: createUserSchema,
    defaultValues: { email: '', name: '', roles: ['editor'], password: '' },
    action: createUserAction,
    onSuccess: () => form.reset(),
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={submit} noValidate className="space-y-4 rounded border border-line bg-brand-50 p-4" aria-labelledby="add-user-heading">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="new-user-email" label="Email" type="email" autoComplete="off" error={errors.email?.message} {...form.register('email')} />
        <TextField id="new-user-name" label="Name" autoComplete="off" error={errors.name?.message} {...form.register('name')} />
      </div>
      <RoleCheckboxes idPrefix="new-user" register={form.register('roles')} error={errors.roles?.message} />
      <TextField
        id="new-user-password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Give it to the person by a separate channel; they can change it under "My account".`}
        error={errors.password?.message}
        {...form.register('password')}
      />
      <FormMessage tone={tone} message={message} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Add user
      </button>
    </form>
  );
}
