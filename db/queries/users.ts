import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { NotAllowedError } from '@/lib/auth/errors';
import { can, type Actor, type Role } from '@/lib/permissions';
import {
  changeOwnPasswordSchema,
  createUserSchema,
  passwordField,
  rolesField,
  type ChangeOwnPasswordInput,
  type CreateUserInput,
} from '@/lib/validation/users';
import { getDb, type Database } from '../index';
import { users } from '../schema';

// User administration. Every function checks the acting user's roles itself (not only the page or the
// action), and every change that takes something away — a role, the account, the password — bumps the
// session version, which ends that user's existing sessions on their next request.

export type UserSummary = { id: number; email: string; name: string; roles: Role[]; disabled: boolean; createdAt: Date };

export type UserChange<T = undefined> =
  | { status: 'success'; data: T }
  | { status: 'conflict' | 'invalid' | 'not_found'; message: string; field?: string };

const summary = {
  id: users.id,
  email: users.email,
  name: users.name,
  roles: users.roles,
  disabled: users.disabled,
  createdAt: users.createdAt,
};

function assertAdmin(actor: Actor) {
  if (!can(actor.roles, 'users.manage')) throw new NotAllowedError();
}

const bumpSession = sql`${users.sessionVersion} + 1`;

export async function listUsers(actor: Actor, db: Database = getDb()): Promise<UserSummary[]> {
  assertAdmin(actor);
  return db.select(summary).from(users).orderBy(asc(users.name), asc(users.id));
}

export async function createUser(actor: Actor, input: CreateUserInput, db: Database = getDb()): Promise<UserChange<UserSummary>> {
  assertAdmin(actor);
  const { password, ...values } = createUserSchema.parse(input);
  const [created] = await db
    .insert(users)
    .values({ ...values, passwordHash: await hashPassword(password) })
    .onConflictDoNothing({ target: users.email })
    .returning(summary);
  if (!created) return { status: 'conflict', field: 'email', message: 'A user with this email address already exists.' };
  return { status: 'success', data: created };
}

/** Sets a user's roles; removing any role ends their sessions. Admins cannot demote themselves (lock-out). */
export async function setUserRoles(actor: Actor, userId: number, roles: Role[], db: Database = getDb()): Promise<UserChange> {
  assertAdmin(actor);
  const next = rolesField.parse(roles);
  if (userId === actor.id && !next.includes('admin')) {
    return { status: 'conflict', message: 'You cannot remove your own admin role. Ask another admin to do it.' };
  }
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ roles: users.roles }).from(users).where(eq(users.id, userId)).for('update');
    if (!current) return { status: 'not_found', message: 'This user no longer exists.' } as const;
    const removed = current.roles.some((role) => !next.includes(role));
    await tx
      .update(users)
      .set({ roles: next, updatedAt: new Date(), ...(removed ? { sessionVersion: bumpSession } : {}) })
      .where(eq(users.id, userId));
    return { status: 'success', data: undefined } as const;
  });
}

/** Disabling ends the user's sessions at once; enabling lets them sign in again. */
export async function setUserDisabled(actor: Actor, userId: number, disabled: boolean, db: Database = getDb()): Promise<UserChange> {
  assertAdmin(actor);
  if (userId === actor.id && disabled) {
    return { status: 'conflict', message: 'You cannot disable your own account. Ask another admin to do it.' };
  }
  const rows = await db
    .update(users)
    .set({ disabled, updatedAt: new Date(), ...(disabled ? { sessionVersion: bumpSession } : {}) })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length ? { status: 'success', data: undefined } : { status: 'not_found', message: 'This user no longer exists.' };
}

/** An admin sets a new password for someone; their existing sessions end. */
export async function resetUserPassword(actor: Actor, userId: number, password: string, db: Database = getDb()): Promise<UserChange> {
  assertAdmin(actor);
  const passwordHash = await hashPassword(passwordField.parse(password));
  const rows = await db
    .update(users)
    .set({ passwordHash, sessionVersion: bumpSession, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length ? { status: 'success', data: undefined } : { status: 'not_found', message: 'This user no longer exists.' };
}

/**
 * Anyone signed in may change their own password, after proving the current one. All their sessions end,
 * this one included: the action then signs them out and asks them to sign in with the new password.
 */
export async function changeOwnPassword(actor: Actor, input: ChangeOwnPasswordInput, db: Database = getDb()): Promise<UserChange> {
  const { currentPassword, newPassword } = changeOwnPasswordSchema.parse(input);
  const [row] = await db
    .select({ passwordHash: users.passwordHash, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!row || row.disabled) throw new NotAllowedError('Your session has ended. Sign in again.');
  if (!(await verifyPassword(row.passwordHash, currentPassword))) {
    return { status: 'invalid', field: 'currentPassword', message: 'This is not your current password.' };
  }
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword), sessionVersion: bumpSession, updatedAt: new Date() })
    .where(eq(users.id, actor.id));
  return { status: 'success', data: undefined };
}
