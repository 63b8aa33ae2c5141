import 'server-only';
import { notFound, permanentRedirect } from 'next/navigation';
import { cachedTermRedirect } from '@/db/queries/published';
import { taxonomyLabels, type TaxonomyKind } from '@/lib/validation/taxonomy';

/** An unknown term slug: a renamed term's old address answers 301 to the new one, anything else 404. */
export async function missingTerm(kind: TaxonomyKind, slug: string): Promise<never> {
  const current = await cachedTermRedirect(kind, slug);
  if (current) permanentRedirect(`${taxonomyLabels[kind].base}/${current}`);
  notFound();
}
