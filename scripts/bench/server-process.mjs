// Starting and signing in to a production server for benchmarks: `npm start` without the build step, on a
// fresh embedded database (or a new database on the DATABASE_URL server), with the demo accounts.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Every process below `pid` (npm start runs the server as its child), `pid` included. */
export function serverProcessTree(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i += 1) {
    try {
      const children = fs.readFileSync(`/proc/${all[i]}/task/${all[i]}/children`, 'utf8').trim();
      if (children) all.push(...children.split(/\s+/).map(Number));
    } catch {
      // Gone already.
    }
  }
  return all.slice(1);
}

/** A new, empty database for one run, and how to remove it afterwards. */
function freshDatabase() {
  if (!process.env.DATABASE_URL) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
    return { env: { PGLITE_DIR: dir }, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const server = process.env.DATABASE_URL;
  const name = `bench_${Date.now()}`;
  const psql = (sql) => spawnSync('psql', [server, '-qc', sql], { stdio: 'inherit' });
  psql(`create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { env: { DATABASE_URL: url.toString() }, remove: () => psql(`drop database if exists "${name}" with (force)`) };
}

/**
 * Starts the built site on `port`; resolves once it answers. `options.databaseUrl` serves an existing database
 * (kept afterwards) instead of a fresh one; `options.env` adds to the server's environment.
 */
export async function startServer(root, port, options = {}) {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('Build the site first: npm run build');
  const database = options.databaseUrl ? { env: { DATABASE_URL: options.databaseUrl }, remove: () => {} } : freshDatabase();
  const env = { ...process.env, ...database.env, PORT: String(port), SEED_DEMO_USERS: '1', SCHEDULER_DISABLED: '1', ...options.env };
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--no-build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 180; i += 1) {
    const up = await fetch(`http://localhost:${port}/robots.txt`).then((r) => r.ok, () => false);
    if (up) break;
    if (child.exitCode !== null) throw new Error('The server stopped while starting.');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return {
    pid: child.pid,
    stop: async () => {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
      database.remove();
    },
  };
}

/** Signs in through Auth.js's credentials endpoint as a browser would; returns the Cookie header to send. */
export async function signInAsDemoAdmin(port, email = 'admin@example.org', password = 'publish-with-care') {
  const base = `http://localhost:${port}`;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = new Map(csrf.headers.getSetCookie().map((c) => c.split(';')[0].split('=')).map(([k, ...v]) => [k, v.join('=')]));
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  for (const c of response.headers.getSetCookie()) {
    const [k, ...v] = c.split(';')[0].split('=');
    jar.set(k, v.join('='));
  }
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`Sign-in failed (${response.status})`);
  return cookieHeader();
}
