import 'server-only';
import { updateTag } from 'next/cache';
import type { ContentKind } from './content-kinds';
import { cacheTags, kindListTag } from './cache-tags';

interface Change {
  id: number;
  slugs: string[];
}

/** A publication or unpublication of any kind (db/workflow). */
interface KindChange extends Change {
  kind: ContentKind;
}

/**
 * Drops every cached public read that a publish or unpublish in a server action changed: the item (old and new
 * slug), every listing, feed and sitemap (which also back the home and taxonomy pages). `updateTag` makes the
 * next request wait for fresh data.
 */
export function invalidateChange(change: KindChange) {
  for (const tag of changeTags(change)) updateTag(tag);
}

/** The cache tags a publication or unpublication of an item of any kind drops. */
export function changeTags(change: KindChange): string[] {
  return tagsOfKind[change.kind](change);
}

const tagsOfKind: Record<ContentKind, (change: Change) => string[]> = {
  news_item: (change) => newsChangeTags(change),
  page: () => [kindListTag.page],
  event: () => [kindListTag.event],
  // Event pages list the publications they link to.
  publication: () => [kindListTag.publication, kindListTag.event],
};

interface PageCacheCopy {
  dropLocally(tags: string[]): void;
  drop(tags: string[]): Promise<void>;
}
interface DataCacheHandler {
  updateTags(tags: string[]): Promise<void>;
}
const pageCachesKey = Symbol.for('osce-publishing.page-caches');
const dataCachesKey = Symbol.for('@next/cache-handlers-set');

/**
 * Drops `tags` from the page cache and the data caches of this process (and through Redis of every instance),
 * outside any request: for the scheduler and the change feed, where `revalidateTag` has no request to attach to.
 * Both caches are Next.js cache handlers, which Next.js loads apart from the app's bundles; they are found on
 * globalThis, where each copy of them registers itself.
 */
export async function dropTags(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const g = globalThis as typeof globalThis & { [pageCachesKey]?: Set<PageCacheCopy>; [dataCachesKey]?: Set<DataCacheHandler> };
  const [first, ...others] = g[pageCachesKey] ?? [];
  for (const copy of others) copy.dropLocally(tags);
  // One copy also tells the other instances.
  await Promise.all([first?.drop(tags), ...[...(g[dataCachesKey] ?? [])].map((handler) => handler.updateTags(tags))]);
}

/** The tags of a publish or unpublish (see invalidateNewsChange). */
export function newsChangeTags(change: Change): string[] {
  return [cacheTags.newsLists, cacheTags.newsItem(change.id), ...change.slugs.map(cacheTags.newsSlug)];
}
