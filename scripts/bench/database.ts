// The benchmark's PostgreSQL database: `bench_<N>` on the DATABASE_URL server (or the local one), migrated,
// seeded and grown to N published items once, then reused by later runs, since growing takes minutes. The small
// mode makes a throwaway database instead, so that parallel test runs never share one.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import postgres from 'postgres';

const root = path.resolve(import.meta.dirname, '..', '..');
const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  url: string;
  /** Live items when the run started. */
  liveItems: number;
  grown: boolean;
  remove: () => Promise<void>;
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The PostgreSQL server to use, or why there is none: DATABASE_URL, else a local server if one answers. */
export async function findServer(): Promise<{ url: string } | { reason: string }> {
  const url = process.env.DATABASE_URL ?? LOCAL_SERVER;
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
    return { url };
  } catch (error) {
    const where = process.env.DATABASE_URL ? 'DATABASE_URL' : `${new URL(LOCAL_SERVER).host} (DATABASE_URL is unset)`;
    return { reason: `no PostgreSQL server answers at ${where}: ${(error as Error).message}. The generator needs PostgreSQL.` };
  } finally {
    await sql.end();
  }
}

function runScript(args: string[], env: Record<string, string>) {
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`tsx ${args.join(' ')} failed (${result.status})`);
}

async function liveCount(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from news_items where published_at is not null and published_at <= now()`;
    return row?.n ?? 0;
  } catch {
    return 0; // Not migrated yet.
  } finally {
    await sql.end();
  }
}

/** Makes (or reuses) the database, migrated, seeded with demo content and accounts, grown to `items`. */
export async function prepareBenchDatabase(serverUrl: string, items: number, options: { fresh: boolean; throwaway: boolean }): Promise<BenchDatabase> {
  const name = options.throwaway ? `bench_small_${process.pid}_${Date.now().toString(36)}` : `bench_${items}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const url = withDatabase(serverUrl, name);
  try {
    if (options.fresh) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!exists) await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const before = await liveCount(url);
  let grown = false;
  if (before < items) {
    console.log(`Preparing ${name}: migrations, demo content and accounts, then ${items.toLocaleString('en-GB')} published items…`);
    runScript(['--conditions=react-server', 'scripts/prepare-db.ts'], { DATABASE_URL: url, SEED_DEMO: '1', SEED_DEMO_USERS: '1' });
    runScript(['scripts/bench/grow.ts', String(items)], { DATABASE_URL: url });
    grown = true;
  } else {
    console.log(`Reusing ${name}: ${before.toLocaleString('en-GB')} live items (--fresh regrows it).`);
  }
  const remove = async () => {
    if (!options.throwaway) return;
    const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await sql.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
    await sql.end();
  };
  return { url, liveItems: await liveCount(url), grown, remove };
}
