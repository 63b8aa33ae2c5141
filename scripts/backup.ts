// `npm run db:backup [-- --out FILE]`: a consistent backup of the database in use, by default to
// backups/backup-<UTC time>.pgdump (PostgreSQL) or .pglite.tar.gz (the embedded database, refused while the
// server has it open). See db/backup/.
import { parseArgs } from 'node:util';
import { backupDatabase, BackupError } from '../db/backup/index';
import { PgliteLockedError } from '../db/pglite-lock.mjs';

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  for (const line of await backupDatabase({ out: values.out })) console.log(line);
}

main().catch((error: unknown) => {
  const known =
    error instanceof BackupError ||
    error instanceof PgliteLockedError ||
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  console.error(known ? (error as Error).message : error);
  if (error instanceof PgliteLockedError) {
    console.error('The embedded database can be backed up only while nothing else has it open: stop `npm start` first.');
  }
  process.exit(1);
});
