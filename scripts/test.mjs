#!/usr/bin/env node
// `npm test`: typecheck, lint, unit and integration tests (Vitest), then Playwright end-to-end tests
// against one production build on a freshly migrated and seeded database, then the multi-instance test (two
// instances behind nginx, e2e-multi/) and a small run of the benchmark on the same build (that every figure is
// produced, not its value). Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const results = [];

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function countFromJson(file, pick) {
  try {
    return pick(JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')));
  } catch {
    return null;
  }
}

/** Playwright's own Chromium if installed, else Debian's; installs one when neither is there. */
function findChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
    cwd: root,
    encoding: 'utf8',
  });
  if (probe.status === 0 && probe.stdout && fs.existsSync(probe.stdout)) return '';
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (fs.existsSync(candidate)) return candidate;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the end-to-end tests…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.log("Installing Playwright's Chromium…");
  spawnSync(bin('playwright'), ['install', 'chromium'], { cwd: root, stdio: 'inherit' });
  return '';
}

/** A fresh database for the e2e server: a new database on the DATABASE_URL server, or a new PGlite directory. */
function e2eDatabaseEnv() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    const name = `${url.pathname.slice(1) || 'postgres'}_e2e`;
    const admin = `const sql = require('postgres')(process.argv[1], { max: 1, onnotice() {} });
      (async () => { await sql.unsafe('drop database if exists "${name}" with (force)'); await sql.unsafe('create database "${name}"'); await sql.end(); })()
        .catch((e) => { console.error(e); process.exit(1); });`;
    const made = spawnSync(process.execPath, ['-e', admin, process.env.DATABASE_URL], { cwd: root, stdio: 'inherit' });
    if (made.status !== 0) throw new Error(`Could not create the database ${name}`);
    url.pathname = `/${name}`;
    return { DATABASE_URL: url.toString() };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'osce-e2e-'));
  return { PGLITE_DIR: dir };
}

const checks = [
  ['Typecheck', bin('tsc'), ['--noEmit']],
  ['Lint', bin('eslint'), ['.', '--max-warnings=0']],
];
for (const [name, command, args] of checks) results.push({ name, passed: step(name, command, args) ? 1 : 0, failed: 0 });
for (const r of results) if (!r.passed) r.failed = 1;

fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
const unitOk = step('Unit and integration tests (Vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest-results.json',
]);
const unit = countFromJson('test-results/vitest-results.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
results.push({ name: 'Vitest', ...(unit ?? { passed: 0, failed: unitOk ? 0 : 1 }) });

/** nginx for the multi-instance test: on the PATH (or in /usr/sbin), else Debian's when running as root. */
function findNginx() {
  const found = () => ['/usr/sbin/nginx', '/usr/bin/nginx'].some((file) => fs.existsSync(file)) || spawnSync('nginx', ['-v']).status === 0;
  if (found()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian nginx for the multi-instance test…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  return found();
}

/** Passed and failed tests of a Playwright JSON report; a failed run without a report counts as one failure. */
function playwrightCounts(file, ok) {
  const counted = countFromJson(file, (r) => ({
    passed: (r.stats.expected ?? 0) + (r.stats.flaky ?? 0),
    failed: r.stats.unexpected ?? 0,
  }));
  const counts = counted ?? { passed: 0, failed: ok ? 0 : 1 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  return counts;
}

const chromium = findChromium();
let e2e = { passed: 0, failed: 1 };
const built = step('Production build', bin('next'), ['build']);
if (built) {
  const e2eOk = step('End-to-end tests (Playwright)', bin('playwright'), ['test'], { ...e2eDatabaseEnv(), CHROMIUM_PATH: chromium });
  e2e = playwrightCounts('test-results/e2e-results.json', e2eOk);
}
results.push({ name: 'Playwright', ...e2e });

// Two instances of the same build on a database, Redis key prefix and nginx of their own (e2e-multi/ starts and
// stops them); needs PostgreSQL (DATABASE_URL's server, else 127.0.0.1:5432), Redis and nginx.
let multi = { passed: 0, failed: 1 };
if (built) {
  fs.rmSync(path.join(root, 'test-results', 'multi-results.json'), { force: true });
  if (findNginx()) {
    const multiOk = step('Multi-instance tests (two instances behind nginx)', bin('playwright'), ['test', '-c', 'e2e-multi/playwright.multi.config.ts'], {
      CHROMIUM_PATH: chromium || (process.env.CHROMIUM_PATH ?? ''),
    });
    multi = playwrightCounts('test-results/multi-results.json', multiOk);
  } else {
    console.log('\n▶ Multi-instance tests: nginx is not installed (apt-get install nginx); counted as failed.');
  }
}
results.push({ name: 'Multi-instance', ...multi });

// The benchmark's small mode reuses the build above; it needs PostgreSQL (DATABASE_URL's server, else a local
// one) and says why when it skips.
const BENCH_SKIPPED = 3;
let bench = { passed: 0, failed: 1 };
if (fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('\n▶ Benchmark, small mode (npm run bench -- --small)');
  const run = spawnSync(bin('tsx'), ['scripts/bench/run.ts', '--small'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium || (process.env.CHROMIUM_PATH ?? ''), BENCH_SKIPPED_EXIT: String(BENCH_SKIPPED) },
  });
  bench = run.status === 0 ? { passed: 1, failed: 0 } : run.status === BENCH_SKIPPED ? { passed: 0, failed: 0 } : { passed: 0, failed: 1 };
}
results.push({ name: 'Benchmark (small)', ...bench });

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\n' + results.map((r) => `${r.name}: ${r.passed} passed, ${r.failed} failed`).join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
