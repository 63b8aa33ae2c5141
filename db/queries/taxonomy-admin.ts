import 'server-only';
import { assertCan } from '@/lib/errors';
import { and, asc, eq, ne } from 'drizzle-orm';
import { invalid, ok, type ActionResult } from '@/lib/action-result';
import type { Actor } from '@/lib/permissions';
import type { TaxonomyKind, TermInput } from '@/lib/validation/taxonomy';
import { getDb, type Database } from '../index';
import { auditLog, structures, taxonomySlugRedirects } from '../schema';
import { taxonomyTables } from './taxonomy';

const tables = taxonomyTables;

function assertAdmin(actor: Actor) {
  assertCan(actor, 'taxonomy.manage');
}

export async function listTerms(actor: Actor, kind: TaxonomyKind, db: Database = getDb()) {
  assertAdmin(actor);
  const table = tables[kind];
  return db
    .select({ id: table.id, slug: table.slug, name: table.name })
    .from(table)
    .orderBy(asc(table.position), asc(table.name));
}

export async function getTerm(actor: Actor, kind: TaxonomyKind, id: number, db: Database = getDb()) {
  assertAdmin(actor);
  const table = tables[kind];
  const [term] = await db
    .select({ id: table.id, slug: table.slug, name: table.name, description: table.description })
    .from(table)
    .where(eq(table.id, id));
  if (!term) return null;
  if (kind !== 'structure') return { ...term, parentId: 0 };
  const [row] = await db.select({ parentId: structures.parentId }).from(structures).where(eq(structures.id, id));
  return { ...term, parentId: row?.parentId ?? 0 };
}

/** Renames a term; a changed slug keeps the old address answering with a redirect. */
export async function updateTerm(
  actor: Actor,
  kind: TaxonomyKind,
  id: number,
  input: TermInput,
  db: Database = getDb(),
): Promise<ActionResult<{ oldSlug: string; slug: string }>> {
  assertAdmin(actor);
  const table = tables[kind];
  return db.transaction(async (tx) => {
    const [term] = await tx.select({ slug: table.slug }).from(table).where(eq(table.id, id)).for('update');
    if (!term) return invalid({ name: 'This term no longer exists.' });
    const [clash] = await tx.select({ id: table.id }).from(table).where(and(eq(table.slug, input.slug), ne(table.id, id)));
    if (clash) return invalid({ slug: `Another term already uses the slug "${input.slug}".` });

    if (kind === 'structure') {
      if (input.parentId === id) return invalid({ parentId: 'A structure cannot be part of itself.' });
      // Walk up from the new parent: meeting this structure would make a cycle.
      let cursor: number | null = input.parentId || null;
      while (cursor !== null) {
        if (cursor === id) return invalid({ parentId: 'That would place the structure inside one of its own units.' });
        const [parent]: { parentId: number | null }[] = await tx
          .select({ parentId: structures.parentId })
          .from(structures)
          .where(eq(structures.id, cursor));
        if (!parent) return invalid({ parentId: 'The chosen parent does not exist.' });
        cursor = parent.parentId;
      }
      await tx.update(structures).set({ parentId: input.parentId || null }).where(eq(structures.id, id));
    }

    await tx
      .update(table)
      .set({ name: input.name, slug: input.slug, description: input.description, updatedAt: new Date() })
      .where(eq(table.id, id));
    if (term.slug !== input.slug) {
      await tx
        .insert(taxonomySlugRedirects)
        .values({ kind, slug: term.slug, termId: id })
        .onConflictDoUpdate({ target: [taxonomySlugRedirects.kind, taxonomySlugRedirects.slug], set: { termId: id } });
      await tx.delete(taxonomySlugRedirects).where(and(eq(taxonomySlugRedirects.kind, kind), eq(taxonomySlugRedirects.slug, input.slug)));
    }
    await tx.insert(auditLog).values({
      entityType: kind,
      entityId: id,
      action: 'update_term',
      comment: term.slug !== input.slug ? `Slug changed from "${term.slug}" to "${input.slug}".` : null,
      actorId: actor.id,
    });
    return ok({ oldSlug: term.slug, slug: input.slug }, 'Saved.');
  });
}
