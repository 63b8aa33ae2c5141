import { z } from './z';
import { slugField } from './fields';

export const taxonomyKinds = ['field_of_work', 'country', 'structure', 'meeting_series'] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

export const taxonomyLabels: Record<TaxonomyKind, { plural: string; singular: string; base: string }> = {
  field_of_work: { plural: 'Fields of work', singular: 'Field of work', base: '/fields-of-work' },
  country: { plural: 'Countries', singular: 'Country', base: '/countries' },
  structure: { plural: 'Structures', singular: 'Structure', base: '/structures' },
  meeting_series: { plural: 'Meeting series', singular: 'Meeting series', base: '/meetings' },
};

/** A taxonomy term as admins edit it; `parentId` applies to structures only (0 = top level). */
export const termSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200, 'Keep the name to 200 characters or fewer.'),
  slug: slugField,
  description: z.string().trim().max(2000, 'Keep the description to 2,000 characters or fewer.'),
  parentId: z.number().int().min(0),
});

export type TermInput = z.infer<typeof termSchema>;
