// Every row of every table (public schema and drizzle's migrations table) and every sequence's position, as
// sorted JSON lines, so that two databases can be compared row by row. Used by the backup round-trip tests.
import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../index';

type Row = Record<string, unknown>;

function rows(db: Database, query: string): Promise<Row[]> {
  return selectRows<Row>(db, sql.raw(query));
}

/** Bytes (bytea) as hex, whichever driver read them: JSON would otherwise print Buffers and Uint8Arrays apart. */
function serialise(row: Row): string {
  return JSON.stringify(row, function (this: Row, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Uint8Array ? `\\x${Buffer.from(raw).toString('hex')}` : value;
  });
}

export async function tableSnapshot(db: Database): Promise<Record<string, string[]>> {
  const tables = await rows(
    db,
    `select table_schema as schema, table_name as name from information_schema.tables
     where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`,
  );
  const snapshot: Record<string, string[]> = {};
  for (const { schema, name } of tables) {
    snapshot[`${schema}.${name}`] = (await rows(db, `select * from "${schema}"."${name}"`)).map(serialise).sort();
  }
  snapshot.sequences = (
    await rows(db, `select schemaname, sequencename, last_value from pg_sequences where schemaname in ('public', 'drizzle') order by 1, 2`)
  ).map(serialise);
  return snapshot;
}
