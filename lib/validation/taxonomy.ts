import { z } from './z';
import { slugField } from './fields';

export { taxonomyKinds, taxonomyLabels, type TaxonomyKind } from '../enums';


/** A taxonomy term as admins edit it; `parentId` applies to structures only (0 = top level). */
export const termSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200, 'Keep the name to 200 characters or fewer.'),
  slug: slugField,
  description: z.string().trim().max(2000, 'Keep the description to 2,000 characters or fewer.'),
  parentId: z.number().int().min(0),
});

export type TermInput = z.infer<typeof termSchema>;
