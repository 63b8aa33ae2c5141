// Backups of a PostgreSQL database with pg_dump's custom format (one consistent snapshot, taken while the site
// keeps serving) and restores with pg_restore in one transaction, so that a failed restore changes nothing.
import { spawn } from 'node:child_process';
import postgres from 'postgres';
import { BackupError } from './files';

/** The URL for libpq without its password, which goes in PGPASSWORD so that `ps` never shows it. */
function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** The database as a person names it: user, host and database, never the password. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname.slice(1) || parsed.username} on ${parsed.host}`;
}

function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') return reject(error);
      reject(
        new BackupError(
          `${tool} was not found on this machine. Install the PostgreSQL client tools of the server's major version ` +
            `(for example the postgresql-client-15 package) so that ${tool} is on the PATH, and try again.`,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new BackupError(`${tool} failed (exit code ${code}): ${stderr.trim() || 'no message'}`));
    });
  });
}

export async function backupPostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = libpqTarget(url);
  await runTool('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${dbname}`], env);
  // Reading the table of contents back catches a truncated or unreadable file now, not on the day it is needed.
  const contents = await runTool('pg_restore', ['--list', file], env);
  if (!/ TABLE DATA /.test(contents)) throw new BackupError(`The backup ${file} holds no table data; it was not kept.`);
}

/** "Empty": no table in the public schema and no drizzle migrations table. */
export async function describeContents(url: string): Promise<string | null> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ tables: number; migrations: boolean }[]>`
      select (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = 'public' and c.relkind in ('r', 'p')) as tables,
             to_regclass('drizzle.__drizzle_migrations') is not null as migrations`;
    if (!row || (row.tables === 0 && !row.migrations)) return null;
    return `${row.tables} tables in the public schema${row.migrations ? ', migrations applied' : ''}`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function restorePostgres(url: string, file: string, { force }: { force: boolean }): Promise<void> {
  const contents = await describeContents(url);
  if (contents && !force) {
    throw new BackupError(
      `The database ${describeUrl(url)} is not empty (${contents}). Restore into an empty database, ` +
        'or pass --force to replace what it holds with the backup.',
    );
  }
  const { dbname, env } = libpqTarget(url);
  const clean = contents ? ['--clean', '--if-exists'] : [];
  await runTool('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', ...clean, `--dbname=${dbname}`, file], env);
}
