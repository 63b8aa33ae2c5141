// Publishes every scheduled item of every kind whose time has come, then exits. The servers' own scheduler (a job
// queue worker, lib/jobs.ts) does this on time; this command lets an external timer do it too. Running servers notice the change
// through the audit log and drop their cached pages. PUBLISH_DUE_AT overrides "now" (tests).
import { closeDb } from '../db/index';
import { contentKinds } from '../lib/content-kinds';
import { publishDueItems } from '../db/workflow/publish';
import { PgliteLockedError } from '../db/pglite-lock.mjs';

async function main() {
  const now = process.env.PUBLISH_DUE_AT ? new Date(process.env.PUBLISH_DUE_AT) : new Date();
  const published = await publishDueItems(now);
  // The ids published, by kind: {"news_item":[…],"page":[…],"event":[…],"publication":[…]}.
  console.log(JSON.stringify(Object.fromEntries(contentKinds.map((kind) => [kind, published.filter((c) => c.kind === kind).map((c) => c.id)]))));
}

main()
  .finally(() => closeDb())
  .catch((error: unknown) => {
    console.error(error instanceof PgliteLockedError ? error.message : error);
    process.exit(1);
  });
