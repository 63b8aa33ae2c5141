#!/usr/bin/env node
// `npm start`: builds when the build is missing or older than the sources, prepares the database
// (migrations; demo content on a new embedded database), then serves on PORT (default 3000).
// The build never opens the database, so it cannot collide with the embedded database's single opener.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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

if (!args.has('--no-build') && needsBuild()) {
  console.log('Building the site (first start or changed sources)…');
  run(bin('next'), ['build']);
}
run(bin('tsx'), ['scripts/prepare-db.ts']);

const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${path.relative(root, process.env.PGLITE_DIR ?? '.data/pglite')}`;
console.log(`\nServing http://localhost:${port} on ${database}.\n`);

const server = spawn(bin('next'), ['start', '-p', port], { cwd: root, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
