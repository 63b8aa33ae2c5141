import { PgliteLockedError } from '../pglite-lock.mjs';
import { BackupError } from './index';

/** How db:backup and db:restore end on a failure: a sentence for what an operator can fix, the error otherwise. */
export function exitWithBackupFailure(error: unknown): never {
  const known =
    error instanceof BackupError ||
    error instanceof PgliteLockedError ||
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  console.error(known ? (error as Error).message : error);
  if (error instanceof PgliteLockedError) {
    console.error('The embedded database can be backed up or restored only while nothing else has it open: stop `npm start` first.');
  }
  process.exit(1);
}
