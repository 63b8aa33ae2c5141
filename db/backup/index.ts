// `db:backup` and `db:restore` for the database in use: PostgreSQL when DATABASE_URL is set, otherwise the
// embedded database in PGLITE_DIR (default .data/pglite). The CLIs in scripts/ only parse arguments.
import path from 'node:path';
import { pgliteDataDir } from '../index';
import { BackupError, defaultBackupFile, describeSize, detectBackupKind, mediaNote, shownPath, writeAtomically, type BackupKind } from './files';
import { backupPglite, restorePglite } from './pglite';
import { backupPostgres, describeUrl, restorePostgres } from './postgres';

export { BackupError } from './files';

interface Target {
  kind: BackupKind;
  url?: string;
  dir: string;
  name: string;
}

function databaseInUse(): Target {
  const url = process.env.DATABASE_URL;
  if (url) return { kind: 'postgres', url, dir: '', name: `the PostgreSQL database ${describeUrl(url)}` };
  const dir = path.resolve(pgliteDataDir());
  return { kind: 'pglite', dir, name: `the embedded database in ${shownPath(dir)}` };
}

/** Writes a backup of the database in use; returns the lines to tell the operator. */
export async function backupDatabase({ out }: { out?: string } = {}): Promise<string[]> {
  const target = databaseInUse();
  const file = path.resolve(out ?? defaultBackupFile(target.kind));
  await writeAtomically(file, (partial) =>
    target.kind === 'postgres' ? backupPostgres(target.url!, partial) : backupPglite(target.dir, partial),
  );
  const note = mediaNote();
  return [`Backed up ${target.name} to ${shownPath(file)} (${describeSize(file)}).`, ...(note ? [note] : [])];
}

/** Restores a backup into the database in use, which must be empty unless `force`. */
export async function restoreDatabase(file: string, { force = false } = {}): Promise<string[]> {
  const target = databaseInUse();
  const kind = detectBackupKind(file);
  if (kind !== target.kind) {
    throw new BackupError(
      kind === 'postgres'
        ? `${file} is a PostgreSQL backup (pg_dump); the database in use is the embedded one. Set DATABASE_URL to restore it into PostgreSQL.`
        : `${file} is a backup of the embedded database; the database in use is PostgreSQL (DATABASE_URL). Unset DATABASE_URL to restore it into the embedded database.`,
    );
  }
  if (target.kind === 'postgres') {
    await restorePostgres(target.url!, file, { force });
    return [`Restored ${file} into ${target.name}.`];
  }
  const movedTo = await restorePglite(target.dir, file, { force });
  return [
    `Restored ${file} into ${target.name}.`,
    ...(movedTo ? [`The database that was there is kept in ${shownPath(movedTo)}; delete it once you no longer need it.`] : []),
  ];
}
