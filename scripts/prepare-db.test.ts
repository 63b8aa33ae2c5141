// Two instances starting at once on one empty PostgreSQL database: both prepare it (migrations, demo content and
// accounts) in real processes, at the same moment. Without the advisory lock one of them fails on tables or rows
// the other has just created.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function prepareDatabase(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', 'scripts/prepare-db.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, SEED_DEMO: '1', SEED_DEMO_USERS: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe.skipIf(!process.env.DATABASE_URL)('preparing one database from two instances at once', () => {
  const name = `prepare_${Date.now()}_${randomBytes(3).toString('hex')}`;
  // Built only when the suite runs: without DATABASE_URL the body is still collected, and skipped.
  const url = process.env.DATABASE_URL ? Object.assign(new URL(process.env.DATABASE_URL), { pathname: `/${name}` }).toString() : '';
  const admin = () => postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });

  beforeAll(async () => {
    const sql = admin();
    await sql.unsafe(`create database "${name}"`);
    await sql.end();
  });

  afterAll(async () => {
    const sql = admin();
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.end();
  });

  it('both succeed, one after the other, and the content is there once', async () => {
    const [first, second] = await Promise.all([prepareDatabase(url), prepareDatabase(url)]);
    expect(first, first.output).toMatchObject({ code: 0 });
    expect(second, second.output).toMatchObject({ code: 0 });
    expect(first.output + second.output).toContain('Another instance is preparing the database; waiting for it to finish…');

    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const [counts] = await sql<{ users: number; fields: number; slugs: number; news: number }[]>`
        select (select count(*)::int from users) as users,
               (select count(*)::int from fields_of_work) as fields,
               (select count(distinct slug)::int from news_items) as slugs,
               (select count(*)::int from news_items) as news`;
      expect(counts).toMatchObject({ users: 4, fields: 23 });
      expect(counts!.news).toBe(counts!.slugs);
    } finally {
      await sql.end();
    }
  }, 120_000);
});
