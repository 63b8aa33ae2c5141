import { z } from 'zod';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../slug';

/** A basic ("about") page, checked in the browser and again by the server action. */
export const pageSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title.').max(200, 'Keep the title to 200 characters or fewer.'),
  slug: z
    .string()
    .trim()
    .min(1, 'Enter a slug.')
    .max(MAX_SLUG_LENGTH, `Keep the slug to ${MAX_SLUG_LENGTH} characters or fewer.`)
    .regex(SLUG_PATTERN, 'Use lowercase letters a–z, digits and single hyphens only: no spaces, accents or other scripts.'),
  parentId: z.number().int().min(0),
  lead: z.string().trim().min(1, 'Enter a lead.').max(600, 'Keep the lead to 600 characters or fewer.'),
  body: z.string().max(100_000, 'The body is too long (100,000 characters at most).'),
  publishAt: z
    .string()
    .trim()
    .refine((value) => value === '' || !Number.isNaN(Date.parse(value)), 'Enter a real date and time, or leave it empty.'),
});

export type PageInput = z.infer<typeof pageSchema>;
