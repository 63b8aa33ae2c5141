#!/usr/bin/env node
// Memory under concurrent large uploads: starts the production server on a fresh embedded database (or a new
// database on the DATABASE_URL server), signs in as the demo admin, sends N uploads of a 40-megapixel JPEG at
// once, and samples the server's resident memory throughout. Prints the peak; exits 1 over the target.
//   npm run bench:uploads            8 uploads (the target: peak under 400 MB)
//   npm run bench:uploads -- 2       a smaller run
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { serverProcessTree, signInAsDemoAdmin, startServer } from './server-process.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const uploads = Number(process.argv[2] ?? 8);
const targetMb = 400;
const port = Number(process.env.BENCH_PORT ?? 3400);

/**
 * A 40-megapixel JPEG with photograph-like detail (noise over a gradient), a few megabytes, under the 10 MB
 * limit: the decoder has to work as hard as on a real photograph.
 */
async function largeJpeg() {
  const width = 7300;
  const height = 5470;
  const noise = await sharp({ create: { width, height, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 30 } }, limitInputPixels: false })
    .jpeg({ quality: 40 })
    .toBuffer();
  return noise;
}

function residentMb(pids) {
  let kb = 0;
  for (const pid of pids) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kb / 1024;
}

const image = await largeJpeg();
console.log(`Image: 7300 × 5470 JPEG, ${(image.byteLength / 1024 / 1024).toFixed(1)} MB; ${uploads} uploads at once.`);

const server = await startServer(root, port);
try {
  const cookie = await signInAsDemoAdmin(port);
  const pids = () => serverProcessTree(server.pid);
  const idle = residentMb(pids());
  let peak = idle;
  const sampler = setInterval(() => {
    peak = Math.max(peak, residentMb(pids()));
  }, 50);

  const started = performance.now();
  const statuses = await Promise.all(
    Array.from({ length: uploads }, async (_, i) => {
      const form = new FormData();
      form.set('file', new Blob([image], { type: 'image/jpeg' }), `large-${i}.jpg`);
      form.set('alt', `Benchmark image ${i}`);
      const response = await fetch(`http://localhost:${port}/editor/media/upload`, {
        method: 'POST',
        body: form,
        headers: { cookie, origin: `http://localhost:${port}` },
      });
      const body = await response.json();
      return `${response.status} ${body.status}`;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, residentMb(pids()));

  const ok = statuses.filter((s) => s === '200 success').length;
  console.log('\n| uploads | succeeded | seconds | idle RSS (MB) | peak RSS (MB) | target (MB) |');
  console.log('|---|---|---|---|---|---|');
  console.log(`| ${uploads} | ${ok} | ${seconds.toFixed(1)} | ${idle.toFixed(0)} | ${peak.toFixed(0)} | < ${targetMb} |`);
  const failed = statuses.filter((s) => s !== '200 success');
  if (failed.length) console.log(`Answers other than success: ${failed.join(', ')}`);
  if (!process.env.DATABASE_URL) {
    // PGlite runs inside the server process, so its own memory (a few hundred MB) counts against the server.
    console.log('The target is for a PostgreSQL server: set DATABASE_URL to judge it. Embedded database: no verdict.');
    process.exitCode = ok === uploads ? 0 : 1;
  } else {
    process.exitCode = peak < targetMb && ok === uploads ? 0 : 1;
  }
} finally {
  await server.stop();
}
