// Everything a multi-instance run needs, started by the run itself: a fresh PostgreSQL database, a key prefix
// of its own in Redis, two instances of `npm start` sharing their secrets, and nginx in front of them.
// `stopCluster` undoes all of it, also after a failure.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { createClient } from 'redis';
import { instancePorts, instanceUrl, proxyPort, proxyUrl, type InstanceName } from './ports';
import { type Managed, logTail, startGroup, stopGroup } from './processes';
import { writeNginxConfig } from './nginx';

const root = path.resolve(import.meta.dirname, '..');
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Debian puts nginx in /usr/sbin, which is not on every user's PATH. */
const nginxBinary = process.env.NGINX_PATH ?? ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file)) ?? 'nginx';

export interface Cluster {
  dir: string;
  databaseUrl: string;
  sql: postgres.Sql;
  instances: Record<InstanceName, Managed>;
  nginx: Managed;
  /** The environment both instances get; a restart uses it again. */
  env: NodeJS.ProcessEnv;
}

const admin = () => postgres(serverUrl, { max: 1, onnotice: () => {} });

async function until(what: string, check: () => Promise<boolean>, give: Managed, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (give.child.exitCode !== null) throw new Error(`${give.name} stopped while starting:\n${logTail(give)}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} within ${timeoutMs / 1000} s:\n${logTail(give)}`);
}

const answers = (url: string) => async () => (await fetch(url, { signal: AbortSignal.timeout(5_000) })).status === 200;

/** Starts instance `name` (`npm start` without the build step); `ready` resolves once it says it is ready. */
function launchInstance(cluster: Cluster, name: InstanceName): Promise<void> {
  const env = { ...cluster.env, PORT: String(instancePorts[name]) };
  const instance = startGroup(name, process.execPath, ['scripts/start.mjs', '--no-build'], { cwd: root, env, log: path.join(cluster.dir, `${name}.log`) });
  cluster.instances[name] = instance;
  return until(`instance ${name} was not ready`, answers(`${instanceUrl(name)}/readyz`), instance, 240_000);
}

/** Starts a stopped (or killed) instance again with the same environment; resolves once it is ready. */
export async function restartInstance(cluster: Cluster, name: InstanceName): Promise<void> {
  await launchInstance(cluster, name);
}

export async function startCluster(): Promise<Cluster> {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('Build the site first: npm run build');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'osce-multi-'));
  // nginx's workers run as an unprivileged user when nginx is started as root; they must reach their files.
  fs.chmodSync(dir, 0o755);
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `multi_${run}`;
  const sqlAdmin = admin();
  await sqlAdmin.unsafe(`create database "${database}"`);
  await sqlAdmin.end();
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `osce-multi-${run}:`,
    // What every instance must share (scripts/shared-secrets.mjs refuses to start without them).
    AUTH_SECRET: randomBytes(32).toString('base64'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    // As the single-instance end-to-end run (playwright.config.ts): demo content and accounts.
    SEED_DEMO: '1',
    SEED_DEMO_USERS: '1',
    SCHEDULER_INTERVAL_MS: '250',
    BIND_ADDRESS: '127.0.0.1',
    // nginx is the one proxy; its X-Forwarded-* headers are believed, a client's are not.
    TRUSTED_PROXIES: '127.0.0.1',
    SITE_URL: proxyUrl,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const cluster = { dir, databaseUrl, env, instances: {}, sql: postgres(databaseUrl, { max: 2, onnotice: () => {} }) } as Cluster;
  try {
    // Both at once, on one empty database: their preparations take turns (scripts/prepare-db.ts).
    await Promise.all([launchInstance(cluster, 'A'), launchInstance(cluster, 'B')]);
    const conf = writeNginxConfig(dir, proxyPort, [instancePorts.A, instancePorts.B]);
    cluster.nginx = startGroup('nginx', nginxBinary, ['-p', dir, '-c', conf, '-e', 'stderr'], { cwd: dir, env: process.env, log: path.join(dir, 'nginx.log') });
    await until('nginx did not answer', answers(`${proxyUrl}/healthz`), cluster.nginx, 20_000);
    return cluster;
  } catch (error) {
    await stopCluster(cluster, false);
    throw error;
  }
}

/**
 * Stops nginx and the instances, drops the database and the run's Redis keys; keeps the logs of a failed run
 * (and of every run with MULTI_KEEP_LOGS=1).
 */
export async function stopCluster(cluster: Cluster, passed: boolean): Promise<void> {
  const problems: unknown[] = [];
  const attempt = (work: () => Promise<unknown>) => work().catch((error: unknown) => problems.push(error));
  await attempt(() => cluster.sql.end({ timeout: 5 }));
  const running = [cluster.nginx, ...Object.values(cluster.instances)].filter(Boolean);
  await attempt(() => Promise.all(running.map((managed) => stopGroup(managed, managed.name === 'nginx' ? 'SIGQUIT' : 'SIGTERM'))));
  await attempt(async () => {
    const sqlAdmin = admin();
    const name = new URL(cluster.databaseUrl).pathname.slice(1);
    await sqlAdmin.unsafe(`drop database if exists "${name}" with (force)`).finally(() => sqlAdmin.end());
  });
  await attempt(() => forgetRedisKeys(`${cluster.env.REDIS_PREFIX}*`));
  if (passed && problems.length === 0 && process.env.MULTI_KEEP_LOGS !== '1') fs.rmSync(cluster.dir, { recursive: true, force: true });
  else console.log(`Logs of the multi-instance run: ${cluster.dir}`);
  if (problems.length > 0) throw new AggregateError(problems, 'The multi-instance run could not be cleaned up completely');
}

async function forgetRedisKeys(pattern: string) {
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  try {
    for await (const keys of redis.scanIterator({ MATCH: pattern, COUNT: 500 })) {
      const list = ([] as string[]).concat(keys);
      if (list.length > 0) await redis.del(list);
    }
  } finally {
    await redis.quit();
  }
}
