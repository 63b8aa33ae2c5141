#!/usr/bin/env node
// Readers in the background, in a process of their own so that they do not slow the measuring process down:
// `node background-load.mjs BASE CONNECTIONS PATH…` cycles autocannon's connections through the paths until
// SIGTERM, then prints one line of JSON with the requests/s and the count of failed answers.
import autocannon from 'autocannon';

const [base, connections, ...paths] = process.argv.slice(2);
let i = 0;
const instance = autocannon({
  url: base,
  connections: Number(connections),
  duration: 3600,
  requests: [{ setupRequest: (request) => ({ ...request, path: paths[i++ % paths.length] }) }],
});
instance.on('done', (result) => {
  process.stdout.write(`${JSON.stringify({ rps: result.requests.average, requests: result.requests.total, failures: result.non2xx + result.errors })}\n`);
  process.exit(0);
});
process.on('SIGTERM', () => instance.stop());
