// What the backup commands share: their one error type, the file names, and telling the two kinds of backup
// apart by their first bytes (a name can lie; the content decides).
import fs from 'node:fs';
import path from 'node:path';

/** A refusal or failure the operator reads as a sentence (the CLIs print its message and exit non-zero). */
export class BackupError extends Error {
  override name = 'BackupError';
}

export type BackupKind = 'postgres' | 'pglite';

const extensions: Record<BackupKind, string> = { postgres: '.pgdump', pglite: '.pglite.tar.gz' };

/** `2026-12-01T02-15-00Z`: UTC, sortable by name, no characters a shell or Windows dislikes. */
export const fileTimestamp = (now = new Date()) => now.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');

/** `backups/backup-2026-12-01T02-15-00Z.pgdump` */
export function defaultBackupFile(kind: BackupKind, now = new Date(), folder = path.join(process.cwd(), 'backups')): string {
  return path.join(folder, `backup-${fileTimestamp(now)}${extensions[kind]}`);
}

/** pg_dump's custom format begins with "PGDMP"; PGlite's dump is a gzip-compressed (or plain) tar. */
export function detectBackupKind(file: string): BackupKind {
  let head: Buffer;
  try {
    const fd = fs.openSync(file, 'r');
    head = Buffer.alloc(262);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    fs.closeSync(fd);
    head = head.subarray(0, read);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupError(`There is no file ${file}.`);
    throw error;
  }
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (head.subarray(257, 262).toString('latin1') === 'ustar') return 'pglite';
  throw new BackupError(`${file} is not a backup made by db:backup (neither a pg_dump custom-format file nor an embedded database archive).`);
}

/**
 * Writes through a `.partial` file renamed at the end, so that a backup interrupted half-way never leaves a file
 * that looks complete. Refuses to overwrite an existing backup.
 */
export async function writeAtomically(file: string, write: (partial: string) => Promise<void>): Promise<void> {
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists; choose another name with --out.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await write(partial);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** A path relative to the current folder when inside it, absolute otherwise (never a run of `../`). */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

export function describeSize(file: string): string {
  const bytes = fs.statSync(file).size;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** Reminds the operator of what a database backup does not hold. */
export function mediaNote(): string | null {
  const bucket = process.env.MEDIA_S3_BUCKET;
  return bucket ? `Uploaded image files are in the bucket ${bucket}, not in this backup: back that bucket up separately.` : null;
}
