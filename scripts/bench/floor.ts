// The two references every cached page is measured beside: a static file of the item page's size served from
// the app's public/ folder, and the framework's floor — a bare page of that size that a minimal app of the same
// Next.js version serves from its whole-page cache (ISR), built here in a temporary folder that borrows this
// repository's node_modules.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vocabulary } from './grow';

const root = path.resolve(import.meta.dirname, '..', '..');
export const STATIC_PATH = '/bench/static.html';
const staticFile = path.join(root, 'public', STATIC_PATH);

/**
 * Next.js lists public/ once when the server starts and reads each file when it is requested, so the file must
 * exist before the server starts; its content is rewritten to the item page's size once that is known.
 */
export function writeStaticFile(bytes = 1024) {
  fs.mkdirSync(path.dirname(staticFile), { recursive: true });
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static reference</title></head><body><p>';
  const tail = '</p></body></html>\n';
  fs.writeFileSync(staticFile, head + generatedText(Math.max(0, bytes - head.length - tail.length)) + tail);
}

/** Prose-like text of exactly `length` ASCII characters. */
function generatedText(length: number): string {
  const words = vocabulary(2000);
  let text = '';
  for (let i = 0; text.length < length; i += 1) text += `${words[(i * 7919) % words.length]}${i % 14 === 13 ? '. ' : ' '}`;
  return text.slice(0, length);
}

function nextVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'next', 'package.json'), 'utf8')).version;
}

function writeFloorApp(dir: string, textLength: number) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'app'), { recursive: true });
  // The repository's own packages, so that the floor runs exactly the Next.js and React the site runs.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-floor', private: true }, null, 2));
  // Turbopack resolves node_modules only inside its root; the symlink points outside the folder.
  fs.writeFileSync(path.join(dir, 'next.config.mjs'), `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(path.parse(dir).root)} } };\n`);
  fs.writeFileSync(
    path.join(dir, 'app', 'layout.js'),
    `export const metadata = { title: 'Floor' };\nexport default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n`,
  );
  const text = generatedText(textLength);
  const paragraphs = text.match(/.{1,600}(\s|$)/g) ?? [text];
  fs.writeFileSync(
    path.join(dir, 'app', 'page.js'),
    `export const revalidate = 3600;\nconst paragraphs = ${JSON.stringify(paragraphs)};\n` +
      `export default function Page() {\n  return <main><h1>Floor</h1>{paragraphs.map((p, i) => <p key={i}>{p}</p>)}</main>;\n}\n`,
  );
}

function buildFloorApp(dir: string) {
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`The floor app did not build in ${dir}`);
}

export interface FloorServer {
  pid: number;
  port: number;
  htmlBytes: number;
  dir: string;
  stop: () => Promise<void>;
}

async function startFloorServer(dir: string, port: number): Promise<{ child: ChildProcess; htmlBytes: number }> {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(port)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (let i = 0; i < 60; i += 1) {
    const response = await fetch(`http://localhost:${port}/`, { headers: { 'accept-encoding': 'identity' } }).catch(() => null);
    if (response?.ok) return { child, htmlBytes: Buffer.byteLength(await response.text()) };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGTERM');
  throw new Error(`The floor app did not start on port ${port}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Builds (or reuses, keyed by Next.js version and size) the floor app whose page is within 3 % of `targetBytes`,
 * and serves it on `port`. The page's text is in the HTML twice (markup and the inline payload), so each
 * correction adds half the difference.
 */
/** A floor app built earlier, by this checkout: its link must still lead to this repository's node_modules. */
function builtHere(dir: string): boolean {
  if (!fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))) return false;
  try {
    return fs.realpathSync(path.join(dir, 'node_modules')) === fs.realpathSync(path.join(root, 'node_modules'));
  } catch {
    return false; // The checkout it was built from is gone.
  }
}

export async function startFloor(targetBytes: number, port: number): Promise<FloorServer> {
  const dir = path.join(os.tmpdir(), `bench-floor-next-${nextVersion()}-${Math.round(targetBytes / 1024)}k`);
  const built = path.join(dir, '.next', 'BUILD_ID');
  let textLength = Math.max(100, Math.round((targetBytes - 6000) / 2));
  for (let attempt = 0; ; attempt += 1) {
    if (!builtHere(dir)) {
      console.log(`Building the floor app (${Math.round(targetBytes / 1024)} KB page) in ${dir}…`);
      writeFloorApp(dir, textLength);
      buildFloorApp(dir);
    }
    const { child, htmlBytes } = await startFloorServer(dir, port);
    const off = targetBytes - htmlBytes;
    if (Math.abs(off) <= targetBytes * 0.03 || attempt >= 3) {
      return { pid: child.pid!, port, htmlBytes, dir, stop: () => stopChild(child) };
    }
    await stopChild(child);
    textLength = Math.max(100, textLength + Math.round(off / 2));
    fs.rmSync(built);
  }
}
