// Run as its own process by db/pglite-lock.test.ts: opens a PGlite directory through the real openConnection,
// writes a row, says "ready <pid>" and keeps the database open until its standard input ends.
import { openConnection } from './index';

async function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error('Usage: tsx db/pglite-lock-holder.ts <data directory> [note]');
  const connection = openConnection(undefined, dir);
  const pglite = connection.pglite!;
  await pglite.exec('create table if not exists lock_test (note text not null)');
  await pglite.query('insert into lock_test (note) values ($1)', [process.argv[3] ?? `written by ${process.pid}`]);
  console.log(`ready ${process.pid}`);
  process.stdin.resume();
  await new Promise((resolve) => process.stdin.on('end', resolve));
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
