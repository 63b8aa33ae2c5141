import { z } from './z';
import { bodyField, leadField, publishAtField, slugField, titleField } from './fields';

/** A basic ("about") page, checked in the browser and again by the server action. */
export const pageSchema = z.object({
  title: titleField,
  slug: slugField,
  parentId: z.number().int().min(0),
  lead: leadField,
  body: bodyField,
  publishAt: publishAtField,
});

export type PageInput = z.infer<typeof pageSchema>;
