import { hashPassword } from '../../lib/auth/password';
import type { Role } from '../../lib/permissions';
import type { Database } from '../index';
import { users } from '../schema';

// Demo accounts for the embedded database and the end-to-end run only (DESIGN.md section 3); a production
// database gets none: its first admin comes from `npm run user:create`.

export const DEMO_PASSWORD = 'publish-with-care';

export const demoUsers: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@example.org', name: 'Ada Admin', roles: ['admin'] },
  { email: 'editor@example.org', name: 'Emil Editor', roles: ['editor'] },
  { email: 'reviewer@example.org', name: 'Rita Reviewer', roles: ['reviewer'] },
  { email: 'reviewer2@example.org', name: 'Rolf Reviewer', roles: ['reviewer'] },
];

/**
 * Inserts an account for a trusted caller (this seed, `npm run user:create`); false when the email is taken.
 * The caller has validated the input. The web app creates users through db/queries/users.ts.
 */
export async function insertAccount(
  input: { email: string; name: string; roles: Role[]; password: string },
  db: Database,
): Promise<boolean> {
  const { password, ...rest } = input;
  const rows = await db
    .insert(users)
    .values({ ...rest, email: rest.email.toLowerCase(), passwordHash: await hashPassword(password) })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Creates the demo accounts that are missing; an existing account (and its password) is left alone. */
export async function seedDemoUsers(db: Database): Promise<number> {
  let created = 0;
  for (const user of demoUsers) {
    if (await insertAccount({ ...user, password: DEMO_PASSWORD }, db)) created += 1;
  }
  return created;
}
