import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { cacheTags } from './cache-tags';

interface Change {
  id: number;
  slugs: string[];
}

/**
 * Drops every cached public read that a publish or unpublish changed: the item (old and new slug), every
 * listing, feed and sitemap (which also back the home and taxonomy pages). In a server action `updateTag`
 * makes the next request wait for fresh data; elsewhere (the scheduler's route) `revalidateTag` expires at once.
 */
export function invalidateNewsChange(change: Change, context: 'action' | 'route' = 'action') {
  const tags = [cacheTags.newsLists, cacheTags.newsItem(change.id), ...change.slugs.map(cacheTags.newsSlug)];
  for (const tag of tags) {
    if (context === 'action') updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
}
