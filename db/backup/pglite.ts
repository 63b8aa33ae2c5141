// Backups of the embedded database: PGlite's own archive of its data directory, taken under the directory's lock
// (so it is refused while the server has the database open) after a checkpoint, so that the archive holds every
// confirmed write in the data files themselves.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openPglite } from '../index';
import { acquirePgliteLock } from '../pglite-lock.mjs';
import { BackupError, fileTimestamp, shownPath as shown } from './files';

const hasDatabase = (dir: string) => fs.existsSync(path.join(dir, 'PG_VERSION'));

export async function backupPglite(dir: string, file: string): Promise<void> {
  // Checked before opening, which would otherwise create an empty database to back up.
  if (!hasDatabase(dir)) throw new BackupError(`There is no embedded database in ${shown(dir)} to back up.`);
  const connection = openPglite(dir);
  try {
    const pglite = connection.pglite!;
    await pglite.exec('checkpoint');
    const archive = await pglite.dumpDataDir('gzip');
    fs.writeFileSync(file, Buffer.from(await archive.arrayBuffer()));
  } finally {
    await connection.close();
  }
}

/**
 * Loads a backup into the data directory, which must be empty or missing; with `force` an existing directory is
 * moved aside (never deleted) and put back if the backup cannot be loaded. Returns where the old one went.
 */
export async function restorePglite(dir: string, file: string, { force }: { force: boolean }): Promise<string | null> {
  const lock = acquirePgliteLock(dir);
  let movedTo: string | null = null;
  try {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      if (!force) {
        throw new BackupError(
          `There is already an embedded database in ${shown(dir)}. Restore into an empty place (another PGLITE_DIR), ` +
            `or pass --force to move it aside to ${shown(dir)}.before-restore-… and restore in its place.`,
        );
      }
      movedTo = asideName(dir);
      fs.renameSync(dir, movedTo);
    }
    try {
      await loadArchive(dir, file);
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      if (movedTo) fs.renameSync(movedTo, dir);
      throw new BackupError(`${file} could not be loaded (${error instanceof Error ? error.message : error}); nothing was changed.`);
    }
    return movedTo;
  } finally {
    lock.release();
  }
}

/** `<dir>.before-restore-<UTC time>`, with a counter when two restores fall in the same second. */
function asideName(dir: string): string {
  const base = `${dir}.before-restore-${fileTimestamp()}`;
  let name = base;
  for (let n = 2; fs.existsSync(name); n += 1) name = `${base}-${n}`;
  return name;
}

async function loadArchive(dir: string, file: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir, { loadDataDir: new Blob([fs.readFileSync(file)]) });
  try {
    // A query proves the loaded files form a database that starts.
    await pglite.query('select count(*) from pg_class');
  } finally {
    await pglite.close();
  }
}
