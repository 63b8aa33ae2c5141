// Publishes every scheduled news item and page whose time has come, then exits. The servers' own scheduler does
// this every two seconds; this command lets an external timer do it too. Running servers notice the change
// through the audit log and drop their cached pages. PUBLISH_DUE_AT overrides "now" (tests).
import { closeDb } from '../db/index';
import { publishDueItems } from '../db/workflow/publish';
import { PgliteLockedError } from '../db/pglite-lock.mjs';

async function main() {
  const now = process.env.PUBLISH_DUE_AT ? new Date(process.env.PUBLISH_DUE_AT) : new Date();
  const published = await publishDueItems(now);
  const ids = (kind: string) => published.filter((change) => change.kind === kind).map((change) => change.id);
  console.log(JSON.stringify({ news: ids('news_item'), pages: ids('page') }));
}

main()
  .finally(() => closeDb())
  .catch((error: unknown) => {
    console.error(error instanceof PgliteLockedError ? error.message : error);
    process.exit(1);
  });
