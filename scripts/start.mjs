#!/usr/bin/env node
// `npm start`: builds when the build is missing or older than the sources, prepares the database
// (migrations; demo content on a new embedded database), then serves on PORT (default 3000).
// The build never opens the database, so it cannot collide with the embedded database's single opener.
// On the embedded database it holds the data directory's lock from the first moment until the server stops,
// lending it to its children (prepare-db, the server), so that a second `npm start` stops before building.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { acquirePgliteLock, LOCK_TOKEN_ENV, PgliteLockedError } from '../db/pglite-lock.mjs';
import { refuseWithoutSharedSecrets } from './shared-secrets.mjs';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const port = process.env.PORT ?? '3000';
const args = new Set(process.argv.slice(2));

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(full).reduce((max, child) => Math.max(max, newestMtime(path.join(entry, child))), stat.mtimeMs);
}

function needsBuild() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const sources = ['app', 'components', 'lib', 'db', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];
  return Math.max(...sources.map(newestMtime)) > fs.statSync(buildId).mtimeMs;
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * AUTH_SECRET signs and encrypts the session cookies. When it is not set, one is created once and kept in
 * .data/auth-secret (readable by this user only), so that sessions survive a restart. Several instances behind
 * a load balancer must share one AUTH_SECRET: set it explicitly there.
 */
function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, '.data', 'auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, `${crypto.randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    console.log(`Created a session secret in ${path.relative(root, file)}.`);
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  }
  return fs.readFileSync(file, 'utf8').trim();
}

function lockEmbeddedDatabase() {
  if (process.env.DATABASE_URL) return;
  try {
    const lock = acquirePgliteLock(path.resolve(root, process.env.PGLITE_DIR ?? '.data/pglite'), { command: 'npm start' });
    process.env[LOCK_TOKEN_ENV] = lock.token;
  } catch (error) {
    if (!(error instanceof PgliteLockedError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

refuseWithoutSharedSecrets(process.env);
lockEmbeddedDatabase();
if (!args.has('--no-build') && needsBuild()) {
  console.log('Building the site (first start or changed sources)…');
  run(bin('next'), ['build']);
}
// react-server: the seed stores its demo images through db/queries, which are server-only.
run(bin('tsx'), ['--conditions=react-server', 'scripts/prepare-db.ts']);
const secret = authSecret();

const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${path.relative(root, process.env.PGLITE_DIR ?? '.data/pglite')}`;
console.log(`\nServing http://localhost:${port} on ${database}.\n`);

const serverEnv = {
  ...process.env,
  PORT: port,
  AUTH_SECRET: secret,
  // `next start` knows its own host only from the request; Auth.js must be told to trust it.
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
  // glibc gives every thread that allocates its own memory arena, which image processing (libvips threads)
  // turns into hundreds of megabytes that are never returned; two arenas keep the server's memory bounded.
  MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
};
// The JavaScript heap is capped (SERVER_HEAP_MB, default 192): every cache in the server is bounded well below
// it, and without a cap V8 lets garbage pile up to a large share of the machine's memory before it collects.
const heapMb = Number(process.env.SERVER_HEAP_MB ?? 192);
const server = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, path.join(root, 'scripts', 'server.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: serverEnv,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
