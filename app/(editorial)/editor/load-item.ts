import 'server-only';
import { notFound } from 'next/navigation';
import { getEditorialItem } from '@/db/queries/revisions';
import { requireUser } from '@/lib/auth/session';
import type { ContentKind } from '@/lib/content-kinds';
import { contentAction } from '@/lib/permissions';

/** The signed-in user, who may view items of `kind`, and the item id of the route; a malformed id is a 404. */
export async function itemRoute(kind: ContentKind, params: Promise<{ id: string }>) {
  const user = await requireUser(contentAction(kind, 'view'));
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return { user, id };
}

/** An item's workspace page data (getEditorialItem) for the route, or the 404 page. */
export async function loadItem<K extends ContentKind>(kind: K, params: Promise<{ id: string }>) {
  const { user, id } = await itemRoute(kind, params);
  const data = await getEditorialItem(user, kind, id);
  if (!data) notFound();
  return { user, id, ...data };
}
