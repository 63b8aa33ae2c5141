// `npm run db:restore -- FILE [--force]`: restores a db:backup file into the database in use, which must be
// empty; --force replaces what it holds (the embedded database's old directory is kept aside). See db/backup/.
import { parseArgs } from 'node:util';
import { BackupError, restoreDatabase } from '../db/backup/index';
import { exitWithBackupFailure } from '../db/backup/cli';

async function main() {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) throw new BackupError('Usage: npm run db:restore -- FILE [--force]');
  for (const line of await restoreDatabase(file, { force: values.force })) console.log(line);
}

main().catch(exitWithBackupFailure);
