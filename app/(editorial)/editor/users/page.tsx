import type { Metadata } from 'next';
import { listUsers } from '@/db/queries/users';
import { requireUser } from '@/lib/auth/session';
import { formatRoles } from '@/lib/role-labels';
import { CreateUserForm } from './create-user-form.client';
import { ManageUser } from './manage-user.client';

export const metadata: Metadata = { title: 'Users' };

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export default async function UsersPage() {
  const actor = await requireUser('users.manage');
  const users = await listUsers(actor);

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">Users</h1>
        <p className="mt-2 max-w-3xl text-muted">
          Who may sign in to the workspace, and with which roles. Removing a role, disabling an account or setting a
          new password ends that user’s sessions at once.
        </p>
      </div>

      <section aria-labelledby="add-user-heading" className="max-w-3xl">
        <h2 id="add-user-heading" className="mb-3 text-xl font-semibold text-brand-900">
          Add a user
        </h2>
        <CreateUserForm />
      </section>

      <section aria-labelledby="all-users-heading">
        <h2 id="all-users-heading" className="mb-3 text-xl font-semibold text-brand-900">
          All users ({users.length})
        </h2>
        <ul className="space-y-3">
          {users.map((user) => (
            <li key={user.id} className="rounded border border-line p-4">
              <article aria-labelledby={`user-${user.id}-name`}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  <h3 id={`user-${user.id}-name`} className="text-lg font-semibold">
                    {user.name}
                    {user.id === actor.id ? <span className="font-normal text-muted"> (you)</span> : null}
                  </h3>
                  <span
                    className={
                      user.disabled
                        ? 'rounded bg-red-50 px-2 py-0.5 text-sm font-semibold text-red-900'
                        : 'rounded bg-green-50 px-2 py-0.5 text-sm font-semibold text-green-900'
                    }
                  >
                    {user.disabled ? 'Disabled' : 'Active'}
                  </span>
                </div>
                <dl className="mt-1 grid gap-x-6 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold">Email</dt>
                  <dd>{user.email}</dd>
                  <dt className="font-semibold">Roles</dt>
                  <dd>{formatRoles(user.roles)}</dd>
                  <dt className="font-semibold">Added</dt>
                  <dd>{dateFormat.format(user.createdAt)}</dd>
                </dl>
                <details className="mt-3">
                  <summary className="font-semibold text-brand-700">Manage {user.name}</summary>
                  <ManageUser user={{ id: user.id, name: user.name, roles: user.roles, disabled: user.disabled }} isSelf={user.id === actor.id} />
                </details>
              </article>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
