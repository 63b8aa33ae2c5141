import 'server-only';
import { and, asc, eq, exists, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { contentKindInfo, contentKinds, type ContentKind } from '@/lib/content-kinds';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { Executor } from '../index';
import { media } from '../schema';
import { workflowKinds } from '../workflow/kinds';

export interface MediaUse {
  kind: ContentKind;
  id: number;
  title: string;
  href: string;
}

// Any image node with this media id, at any depth of a rich-text body.
const inBody = (column: AnyColumn, mediaId: number) =>
  sql`jsonb_path_exists(${column}, '$.** ? (@.type == "image" && @.attrs.mediaId == $id)', jsonb_build_object('id', ${mediaId}::int))`;

// Building blocks of the media and workflow data functions, which check the actor before calling them.

/**
 * Where an image is used, in every kind that holds images (its `media` columns in the workflow registry): as a
 * lead image or cover, or in a body, live or in any revision (an earlier revision may be restored, so it still
 * needs its images).
 */
export async function findMediaUsage(db: Executor, mediaId: number): Promise<MediaUse[]> {
  const uses: MediaUse[] = [];
  for (const kind of contentKinds) {
    const def = workflowKinds[kind];
    if (!def.media) continue;
    const { image, body } = def.media;
    const holds = (table: Record<string, unknown>): SQL =>
      or(...[image ? eq(table[image] as AnyPgColumn, mediaId) : undefined, body ? inBody(table[body] as AnyPgColumn, mediaId) : undefined])!;
    const live = def.live as unknown as Record<string, AnyPgColumn>;
    const earlier = db
      .select({ one: sql`1` })
      .from(def.revisions)
      .where(and(eq(def.itemColumn, live.id!), holds(def.revisions as unknown as Record<string, unknown>)));
    const rows = await db
      .select({ id: live.id!, title: live.title! })
      .from(def.live)
      .where(or(holds(live), exists(earlier)))
      .orderBy(asc(live.id!));
    for (const row of rows as { id: number; title: string }[]) {
      uses.push({ kind, id: row.id, title: row.title, href: `${contentKindInfo[kind].editorPath}/${row.id}` });
    }
  }
  return uses;
}

/** "News item “A”, page “B”" for the message that refuses a delete. */
export function describeUsage(uses: MediaUse[]): string {
  return uses
    .map((use, i) => {
      const what = contentKindInfo[use.kind].singular;
      return `${i === 0 ? what : what.toLowerCase()} “${use.title}”`;
    })
    .join(', ');
}

/**
 * Field errors for images a form refers to that are not in the library (any more): those in `body`, and the one
 * chosen in the field `imageField` (a lead image, a cover). The share lock makes a concurrent delete of them wait
 * until this save has committed, and then see the new use.
 */
export async function checkImages(
  db: Executor,
  body: RichTextDoc | null,
  imageId?: number | null,
  imageField = 'imageId',
): Promise<Record<string, string>> {
  const inBodyIds = body ? mediaIdsInRichText(body) : [];
  const wanted = [...new Set([...inBodyIds, ...(imageId ? [imageId] : [])])];
  if (!wanted.length) return {};
  const found = new Set(
    (await db.select({ id: media.id }).from(media).where(inArray(media.id, wanted)).for('share')).map((row) => row.id),
  );
  const errors: Record<string, string> = {};
  if (imageId && !found.has(imageId)) errors[imageField] = 'That image is no longer in the media library. Choose another one.';
  if (inBodyIds.some((id) => !found.has(id))) errors.body = 'An image in the body is no longer in the media library. Remove it and insert another one.';
  return errors;
}
