// `npm run db:backup [-- --out FILE]`: a consistent backup of the database in use, by default to
// backups/backup-<UTC time>.pgdump (PostgreSQL) or .pglite.tar.gz (the embedded database, refused while the
// server has it open). See db/backup/.
import { parseArgs } from 'node:util';
import { backupDatabase } from '../db/backup/index';
import { exitWithBackupFailure } from '../db/backup/cli';

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  for (const line of await backupDatabase({ out: values.out })) console.log(line);
}

main().catch(exitWithBackupFailure);
