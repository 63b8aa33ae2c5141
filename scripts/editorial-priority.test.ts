import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorialPriority, isEditorial } from './editorial-priority.mjs';

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
});

/** A real HTTP server behind the priority; workspace requests are held open until `release`. */
async function start() {
  const priority = createEditorialPriority();
  const held: ServerResponse[] = [];
  const served: string[] = [];
  let maxWaiting = 0;
  server = createServer((request, response) => {
    priority.admit(request, response, () => {
      if (isEditorial(request)) return void held.push(response);
      served.push(request.url!);
      response.end('ok');
    });
    maxWaiting = Math.max(maxWaiting, priority.waiting());
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    served,
    held,
    maxWaiting: () => maxWaiting,
    release: () => held.splice(0).forEach((r) => r.end('done')),
  };
}

describe('editorial priority', () => {
  it('tells workspace requests and changes from public reads', () => {
    const request = (method: string, url: string) => ({ method, url }) as Parameters<typeof isEditorial>[0];
    expect(isEditorial(request('GET', '/editor/news/1'))).toBe(true);
    expect(isEditorial(request('GET', '/login?next=%2Feditor'))).toBe(true);
    expect(isEditorial(request('POST', '/news'))).toBe(true);
    expect(isEditorial(request('GET', '/news/editorial-board'))).toBe(false);
    expect(isEditorial(request('HEAD', '/'))).toBe(false);
    expect(isEditorial(request('GET', '/editors-note'))).toBe(false);
  });

  it('serves public requests at once while the workspace is idle', async () => {
    const site = await start();
    const answers = await Promise.all(['/a', '/b', '/c'].map((p) => fetch(`${site.base}${p}`).then((r) => r.text())));
    expect(answers).toEqual(['ok', 'ok', 'ok']);
    expect(site.maxWaiting()).toBe(0);
  });

  it('queues public requests behind a workspace request in progress, serving all of them in order, none starved', async () => {
    const site = await start();
    const editorial = fetch(`${site.base}/editor/news/1`).then((r) => r.text());
    await expect.poll(() => site.held.length).toBe(1);
    const paths = Array.from({ length: 12 }, (_, i) => `/news/item-${i}`);
    const answers = await Promise.all(paths.map((p) => fetch(`${site.base}${p}`).then((r) => r.text())));
    expect(answers.every((a) => a === 'ok')).toBe(true);
    expect(site.maxWaiting()).toBeGreaterThan(0);
    expect(site.held.length).toBe(1);
    expect([...site.served].sort()).toEqual([...paths].sort());
    site.release();
    expect(await editorial).toBe('done');
  });

  it('holds readers back for at most two seconds of a workspace answer that streams on', async () => {
    const site = await start();
    const editorial = fetch(`${site.base}/editor/news/1`).then((r) => r.text());
    await expect.poll(() => site.held.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const before = site.maxWaiting();
    expect(await fetch(`${site.base}/news`).then((r) => r.text())).toBe('ok');
    expect(site.maxWaiting()).toBe(before);
    expect(site.held.length).toBe(1);
    site.release();
    await editorial;
  });
});
