import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { conflict, invalid, ok, type ActionResult } from '@/lib/action-result';
import { assertCan, EditorialError } from '@/lib/errors';
import type { Actor, Role } from '@/lib/permissions';
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

const GONE = 'This user no longer exists.';

const summary = {
  id: users.id,
  email: users.email,
  name: users.name,
  roles: users.roles,
  disabled: users.disabled,
  createdAt: users.createdAt,
};

function assertAdmin(actor: Actor) {
  assertCan(actor, 'users.manage');
}

const bumpSession = sql`${users.sessionVersion} + 1`;

export async function listUsers(actor: Actor, db: Database = getDb()): Promise<UserSummary[]> {
  assertAdmin(actor);
  return db.select(summary).from(users).orderBy(asc(users.name), asc(users.id));
}

export async function createUser(actor: Actor, input: CreateUserInput, db: Database = getDb()): Promise<ActionResult<UserSummary>> {
  assertAdmin(actor);
  const { password, ...values } = createUserSchema.parse(input);
  const [created] = await db
    .insert(users)
    .values({ ...values, passwordHash: await hashPassword(password) })
    .onConflictDoNothing({ target: users.email })
    .returning(summary);
  if (!created) return invalid({ email: 'A user with this email address already exists.' }, 'A user with this email address already exists.');
  return ok(created);
}

/** Sets a user's roles; removing any role ends their sessions. Admins cannot demote themselves (lock-out). */
export async function setUserRoles(actor: Actor, userId: number, roles: Role[], db: Database = getDb()): Promise<ActionResult> {
  assertAdmin(actor);
  const next = rolesField.parse(roles);
  if (userId === actor.id && !next.includes('admin')) {
    return conflict('You cannot remove your own admin role. Ask another admin to do it.');
  }
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ roles: users.roles }).from(users).where(eq(users.id, userId)).for('update');
    if (!current) throw new EditorialError('not_found', GONE);
    const removed = current.roles.some((role) => !next.includes(role));
    await tx
      .update(users)
      .set({ roles: next, updatedAt: new Date(), ...(removed ? { sessionVersion: bumpSession } : {}) })
      .where(eq(users.id, userId));
    return ok(undefined);
  });
}

/** Disabling ends the user's sessions at once; enabling lets them sign in again. */
export async function setUserDisabled(actor: Actor, userId: number, disabled: boolean, db: Database = getDb()): Promise<ActionResult> {
  assertAdmin(actor);
  if (userId === actor.id && disabled) {
    return conflict('You cannot disable your own account. Ask another admin to do it.');
  }
  const rows = await db
    .update(users)
    .set({ disabled, updatedAt: new Date(), ...(disabled ? { sessionVersion: bumpSession } : {}) })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (!rows.length) throw new EditorialError('not_found', GONE);
  return ok(undefined);
}

/** An admin sets a new password for someone; their existing sessions end. */
export async function resetUserPassword(actor: Actor, userId: number, password: string, db: Database = getDb()): Promise<ActionResult> {
  assertAdmin(actor);
  const passwordHash = await hashPassword(passwordField.parse(password));
  const rows = await db
    .update(users)
    .set({ passwordHash, sessionVersion: bumpSession, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (!rows.length) throw new EditorialError('not_found', GONE);
  return ok(undefined);
}

/**
 * Anyone signed in may change their own password, after proving the current one. All their sessions end,
 * this one included: the action then signs them out and asks them to sign in with the new password.
 */
export async function changeOwnPassword(actor: Actor, input: ChangeOwnPasswordInput, db: Database = getDb()): Promise<ActionResult> {
  const { currentPassword, newPassword } = changeOwnPasswordSchema.parse(input);
  const [row] = await db
    .select({ passwordHash: users.passwordHash, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!row || row.disabled) throw new EditorialError('forbidden', 'Your session has ended. Sign in again.');
  if (!(await verifyPassword(row.passwordHash, currentPassword))) {
    return invalid({ currentPassword: 'This is not your current password.' }, 'This is not your current password.');
  }
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword), sessionVersion: bumpSession, updatedAt: new Date() })
    .where(eq(users.id, actor.id));
  return ok(undefined);
}
