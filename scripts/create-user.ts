// `npm run user:create`: adds a workspace account from the command line — the way a production database
// gets its first admin. Prompts for email, name, roles (default admin) and a password typed twice without
// echo. Works on DATABASE_URL or the embedded database (refused while `npm start` has it open: see db/pglite-lock.mjs).
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { closeDb, getDb } from '../db/index';
import { runMigrations } from '../db/migrate';
import { users } from '../db/schema';
import { insertAccount } from '../db/seed/users';
import { roles as allRoles } from '../lib/permissions';
import { createUserSchema } from '../lib/validation/users';

let muted = false;
// Typed characters are echoed through this stream; while a password is read, nothing gets through.
const output = new Writable({
  write(chunk, encoding, callback) {
    if (!muted) process.stdout.write(chunk, encoding);
    callback();
  },
});
const rl = readline.createInterface({ input: process.stdin, output, terminal: Boolean(process.stdin.isTTY) });
const lines = rl[Symbol.asyncIterator]();

async function ask(prompt: string, { hidden = false } = {}): Promise<string> {
  process.stdout.write(prompt);
  muted = hidden;
  const next = await lines.next();
  muted = false;
  if (hidden) process.stdout.write('\n');
  if (next.done) throw new Error('Input ended before every answer was given.');
  return String(next.value);
}

function firstError(error: { issues: { message: string }[] }): string {
  return error.issues[0]?.message ?? 'Invalid value.';
}

async function main() {
  const db = getDb();
  await runMigrations(db);

  const email = await ask('Email: ');
  const emailCheck = createUserSchema.shape.email.safeParse(email);
  if (!emailCheck.success) throw new Error(firstError(emailCheck.error));
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, emailCheck.data));
  if (taken) throw new Error(`A user with the email ${emailCheck.data} already exists. Nothing was changed.`);

  const name = await ask('Name: ');
  const rolesAnswer = (await ask(`Roles, separated by commas (${allRoles.join(', ')}) [admin]: `)).trim();
  const roles = rolesAnswer ? rolesAnswer.split(/[\s,]+/).filter(Boolean) : ['admin'];
  const password = await ask('Password (at least 12 characters, not shown): ', { hidden: true });
  const again = await ask('The same password again: ', { hidden: true });
  if (password !== again) throw new Error('The two passwords differ. Nothing was changed.');

  const parsed = createUserSchema.safeParse({ email, name, roles: [...new Set(roles)], password });
  if (!parsed.success) throw new Error(firstError(parsed.error));
  if (!(await insertAccount(parsed.data, db))) {
    throw new Error(`A user with the email ${parsed.data.email} already exists. Nothing was changed.`);
  }
  console.log(`Created ${parsed.data.name} <${parsed.data.email}> (${parsed.data.roles.join(', ')}). Sign in at /login.`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    rl.close();
    await closeDb();
  });
