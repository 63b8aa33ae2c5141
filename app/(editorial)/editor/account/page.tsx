import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/session';
import { formatRoles } from '@/lib/role-labels';
import { ChangePasswordForm } from './change-password-form.client';

export const metadata: Metadata = { title: 'My account' };

export default async function AccountPage() {
  const user = await requireUser('workspace.enter');
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">My account</h1>
        <dl className="mt-3 grid gap-x-6 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Name</dt>
          <dd>{user.name}</dd>
          <dt className="font-semibold">Email</dt>
          <dd>{user.email}</dd>
          <dt className="font-semibold">Roles</dt>
          <dd>{formatRoles(user.roles)}</dd>
        </dl>
        <p className="mt-2 text-sm text-muted">An admin changes names, emails and roles.</p>
      </div>
      <section aria-labelledby="change-password-heading">
        <h2 id="change-password-heading" className="mb-1 text-xl font-semibold text-brand-900">
          Change password
        </h2>
        <p className="mb-4 max-w-2xl text-muted">
          Changing your password signs you out everywhere, here included. Then sign in with the new password.
        </p>
        <ChangePasswordForm email={user.email} />
      </section>
    </div>
  );
}
