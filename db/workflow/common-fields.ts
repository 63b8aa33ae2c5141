import type { RichTextDoc } from '@/lib/rich-text/types';
import type { RevisionValues } from './kind';

/** The fields every kind's form has, as the form sends them. */
export interface CommonInput {
  title: string;
  slug: string;
  lead: string;
  body: RichTextDoc;
  /** "Publish at" as an ISO date-time, or empty. */
  publishAt: string;
}

/** The revision columns of the common fields. */
export function commonRevisionValues(input: CommonInput): RevisionValues {
  return { slug: input.slug, title: input.title, lead: input.lead, body: input.body, publishAt: input.publishAt ? new Date(input.publishAt) : null };
}

/** The common fields again, from a stored revision. */
export function commonInput(revision: Record<string, unknown>): CommonInput {
  const old = revision as { title: string; slug: string; lead: string; body: RichTextDoc; publishAt: Date | null };
  return { title: old.title, slug: old.slug, lead: old.lead, body: old.body, publishAt: old.publishAt ? old.publishAt.toISOString() : '' };
}

/** The named fields of `from` as they are: the form values a revision stores unchanged, and the way back. */
export function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;
}
