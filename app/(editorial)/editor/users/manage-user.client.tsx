'use client';

import Link from 'next/link';
import { useState, useTransition } from 'react';
import { FormMessage, toneOf } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form.client';
import type { ActionResult } from '@/lib/action-result';
import type { Role } from '@/lib/permissions';
import { MIN_PASSWORD_LENGTH, resetPasswordFormSchema, userRolesFormSchema } from '@/lib/validation/users';
import { resetUserPasswordAction, setUserDisabledAction, setUserRolesAction } from './actions';
import { RoleCheckboxes } from './role-checkboxes';

const button = 'rounded border border-brand-700 bg-white px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60';

interface ManagedUser {
  id: number;
  name: string;
  roles: Role[];
  disabled: boolean;
}

/** Roles, a new password and disabling for one user; each part saves on its own. */
export function ManageUser({ user, isSelf }: { user: ManagedUser; isSelf: boolean }) {
  return (
    <div className="mt-3 grid gap-4 lg:grid-cols-3">
      <RolesForm user={user} />
      {isSelf ? (
        <p className="text-sm text-muted">
          Change your own password under <Link href="/editor/account">My account</Link>: it asks for the current one.
        </p>
      ) : (
        <PasswordForm user={user} />
      )}
      <StatusForm user={user} isSelf={isSelf} />
    </div>
  );
}

function RolesForm({ user }: { user: ManagedUser }) {
  const { form, submit, tone, message } = useActionForm({
    schema: userRolesFormSchema,
    defaultValues: { roles: user.roles },
    action: (values) => setUserRolesAction({ userId: user.id, ...values }),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={`Roles of ${user.name}`}>
      <RoleCheckboxes idPrefix={`user-${user.id}`} register={form.register('roles')} error={form.formState.errors.roles?.message} />
      <FormMessage tone={tone} message={message} />
      <button type="submit" disabled={form.formState.isSubmitting} className={button}>
        Save roles
      </button>
    </form>
  );
}

function PasswordForm({ user }: { user: ManagedUser }) {
  const { form, submit, tone, message } = useActionForm({
    schema: resetPasswordFormSchema,
    defaultValues: { password: '' },
    action: (values) => resetUserPasswordAction({ userId: user.id, ...values }),
    onSuccess: () => form.reset(),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={`New password for ${user.name}`}>
      <TextField
        id={`user-${user.id}-password`}
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Ends the user's current sessions.`}
        error={form.formState.errors.password?.message}
        {...form.register('password')}
      />
      <FormMessage tone={tone} message={message} />
      <button type="submit" disabled={form.formState.isSubmitting} className={button}>
        Set password
      </button>
    </form>
  );
}

function StatusForm({ user, isSelf }: { user: ManagedUser; isSelf: boolean }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      setResult(await setUserDisabledAction({ userId: user.id, disabled: !user.disabled }));
    });
  return (
    <div className="space-y-3">
      <p className="font-semibold">Account</p>
      <p className="text-sm text-muted">
        {isSelf
          ? 'You cannot disable your own account.'
          : user.disabled
            ? 'Disabled: this user cannot sign in.'
            : 'Disabling ends this user’s sessions at once and stops them signing in.'}
      </p>
      <FormMessage tone={toneOf(result)} message={result?.message} />
      {isSelf ? null : (
        <button type="button" onClick={toggle} disabled={pending} className={button}>
          {user.disabled ? `Enable ${user.name}` : `Disable ${user.name}`}
        </button>
      )}
    </div>
  );
}
