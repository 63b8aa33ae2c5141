import 'server-only';
import { updateTag } from 'next/cache';
import { cacheTags } from './cache-tags';

interface Change {
  id: number;
  slugs: string[];
}

/**
 * Drops every cached public read that a publish or unpublish in a server action changed: the item (old and new
 * slug), every listing, feed and sitemap (which also back the home and taxonomy pages). `updateTag` makes the
 * next request wait for fresh data.
 */
export function invalidateNewsChange(change: Change) {
  for (const tag of newsChangeTags(change)) updateTag(tag);
}

interface TagDropper {
  drop(tags: string[]): Promise<void>;
}
interface DataCacheHandler {
  updateTags(tags: string[]): Promise<void>;
}
const pageCacheKey = Symbol.for('osce-publishing.page-cache');
const dataCachesKey = Symbol.for('@next/cache-handlers-set');

/**
 * Drops `tags` from the page cache and the data caches of this process (and through Redis of every instance),
 * outside any request: for the scheduler and the change feed, where `revalidateTag` has no request to attach to.
 * Both caches are Next.js cache handlers, which Next.js loads apart from the app's bundles; they are found on
 * globalThis, where each one registers itself.
 */
export async function dropTags(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const g = globalThis as typeof globalThis & { [pageCacheKey]?: TagDropper; [dataCachesKey]?: Set<DataCacheHandler> };
  await Promise.all([g[pageCacheKey]?.drop(tags), ...[...(g[dataCachesKey] ?? [])].map((handler) => handler.updateTags(tags))]);
}

/** The tags of a publish or unpublish (see invalidateNewsChange). */
export function newsChangeTags(change: Change): string[] {
  return [cacheTags.newsLists, cacheTags.newsItem(change.id), ...change.slugs.map(cacheTags.newsSlug)];
}
