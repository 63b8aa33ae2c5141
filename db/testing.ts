// A freshly migrated database for integration tests: a new database on the server named by DATABASE_URL,
// or an in-memory PGlite when DATABASE_URL is unset. No mocks: the real queries run against it.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Actor } from '@/lib/permissions';
import { openConnection, openPglite, type Database } from './index';
import { runMigrations } from './migrate';
import { users } from './schema';

export interface TestDatabase {
  db: Database;
  /** The database's URL when it is on a PostgreSQL server (other processes can reach it). */
  url?: string;
  /** Another connection to the same database (PostgreSQL), or the same one (PGlite has a single connection). */
  connect: () => { db: Database; close: () => Promise<void> };
  /** Runs a script of several statements (Connection.script). */
  script: (text: string) => Promise<void>;
  close: () => Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const connection = openPglite('memory://');
    await runMigrations(connection.db, 'pglite');
    return { db: connection.db, connect: () => ({ db: connection.db, close: async () => {} }), script: connection.script, close: connection.close };
  }

  const name = `it_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const connection = openConnection(testUrl.toString());
  await runMigrations(connection.db, 'postgres');
  return {
    db: connection.db,
    url: testUrl.toString(),
    connect: () => openConnection(testUrl.toString()),
    script: connection.script,
    close: async () => {
      await connection.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** An account for a test (no usable password), as the actor that data functions take. */
export async function insertActor(db: Database, name: string, roles: Actor['roles']): Promise<Actor> {
  const [row] = await db
    .insert(users)
    .values({ email: `${name.toLowerCase()}@test.example`, name, passwordHash: 'x', roles })
    .returning({ id: users.id });
  return { id: row!.id, name, roles };
}

/** The people of the workflow tests: an editor and two reviewers (four eyes needs a second one). */
export interface WorkflowCast {
  editor: Actor;
  reviewer: Actor;
  reviewer2: Actor;
}

/** A fresh database with the seed (taxonomies, about pages, demo content) and the workflow's cast. */
export async function createWorkflowTestDatabase(): Promise<TestDatabase & WorkflowCast> {
  const testDb = await createTestDatabase();
  const { seed } = await import('./seed');
  await seed(testDb.db);
  return {
    ...testDb,
    editor: await insertActor(testDb.db, 'Edith', ['editor']),
    reviewer: await insertActor(testDb.db, 'Rita', ['reviewer']),
    reviewer2: await insertActor(testDb.db, 'Ravi', ['reviewer']),
  };
}
