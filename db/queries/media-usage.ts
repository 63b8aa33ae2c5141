import 'server-only';
import { and, asc, eq, exists, inArray, or, sql, type AnyColumn } from 'drizzle-orm';
import { mediaIdsInRichText, mediaIdsUsedBy } from '@/lib/rich-text/normalize';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { Executor } from '../index';
import { media, newsItems, newsRevisions, pageRevisions, pages } from '../schema';

export interface MediaUse {
  kind: 'news item' | 'page';
  id: number;
  title: string;
  href: string;
}

// Any image node with this media id, at any depth of a rich-text body.
const inBody = (column: AnyColumn, mediaId: number) =>
  sql`jsonb_path_exists(${column}, '$.** ? (@.type == "image" && @.attrs.mediaId == $id)', jsonb_build_object('id', ${mediaId}::int))`;

// Building blocks of the media and workflow data functions, which check the actor before calling them.

/**
 * Where an image is used: as the lead image or in the body of a news item or page, live or in any revision
 * (an earlier revision may be restored, so it still needs its images).
 */
export async function findMediaUsage(db: Executor, mediaId: number): Promise<MediaUse[]> {
  const earlier = db
    .select({ one: sql`1` })
    .from(newsRevisions)
    .where(
      and(
        eq(newsRevisions.newsItemId, newsItems.id),
        or(eq(newsRevisions.imageId, mediaId), inBody(newsRevisions.body, mediaId)),
      ),
    );
  const news = await db
    .select({ id: newsItems.id, title: newsItems.title })
    .from(newsItems)
    .where(or(eq(newsItems.imageId, mediaId), inBody(newsItems.body, mediaId), exists(earlier)))
    .orderBy(asc(newsItems.id));

  const earlierPage = db
    .select({ one: sql`1` })
    .from(pageRevisions)
    .where(and(eq(pageRevisions.pageId, pages.id), inBody(pageRevisions.body, mediaId)));
  const pageRows = await db
    .select({ id: pages.id, title: pages.title })
    .from(pages)
    .where(or(inBody(pages.body, mediaId), exists(earlierPage)))
    .orderBy(asc(pages.id));

  return [
    ...news.map((row) => ({ kind: 'news item' as const, ...row, href: `/editor/news/${row.id}` })),
    ...pageRows.map((row) => ({ kind: 'page' as const, ...row, href: `/editor/pages/${row.id}` })),
  ];
}

/** "News item “A”, page “B”" for the message that refuses a delete. */
export function describeUsage(uses: MediaUse[]): string {
  return uses.map((use, i) => `${i === 0 ? use.kind[0]!.toUpperCase() + use.kind.slice(1) : use.kind} “${use.title}”`).join(', ');
}

/**
 * Field errors for images a form refers to that are not in the library (any more). The share lock makes a
 * concurrent delete of them wait until this save has committed, and then see the new use.
 */
export async function checkImages(db: Executor, body: RichTextDoc, imageId?: number | null): Promise<Record<string, string>> {
  const inBodyIds = mediaIdsInRichText(body);
  const wanted = mediaIdsUsedBy({ body, imageId });
  if (!wanted.length) return {};
  const found = new Set(
    (await db.select({ id: media.id }).from(media).where(inArray(media.id, wanted)).for('share')).map((row) => row.id),
  );
  const errors: Record<string, string> = {};
  if (imageId && !found.has(imageId)) errors.imageId = 'That image is no longer in the media library. Choose another one.';
  if (inBodyIds.some((id) => !found.has(id))) errors.body = 'An image in the body is no longer in the media library. Remove it and insert another one.';
  return errors;
}
