import { z } from './z';
import { blocksIn } from '../rich-text/normalize';
import { richTextField } from '../rich-text/schema';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../slug';

// Field rules shared by the editorial forms.

export const titleField = z.string().trim().min(1, 'Enter a title.').max(200, 'Keep the title to 200 characters or fewer.');

export const slugField = z
  .string()
  .trim()
  .min(1, 'Enter a slug.')
  .max(MAX_SLUG_LENGTH, `Keep the slug to ${MAX_SLUG_LENGTH} characters or fewer.`)
  .regex(SLUG_PATTERN, 'Use lowercase letters a–z, digits and single hyphens only: no spaces, accents or other scripts.');

export const leadField = z.string().trim().min(1, 'Enter a lead.').max(600, 'Keep the lead to 600 characters or fewer.');

/** A rich-text body; every image in it needs alt text. */
export const bodyField = richTextField.refine(
  (doc) => [...blocksIn(doc.content)].every((block) => block.type !== 'image' || block.attrs.alt.trim() !== ''),
  'Give every image in the body alt text: describe it for people who cannot see it.',
);

/** A media library image chosen for a form; null for none. */
export const imageField = z.number({ message: 'Choose an image from the media library.' }).int().positive().nullable();

/** Empty, or a date and time (ISO, or the browser's datetime-local value). */
export const publishAtField = z
  .string()
  .trim()
  .refine((value) => value === '' || !Number.isNaN(Date.parse(value)), 'Enter a real date and time, or leave it empty.');

/** A calendar date as YYYY-MM-DD. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= '1975-01-01' && value <= '2100-12-31';
  }, 'Enter a real date between 1975 and 2100.');

/** Chosen taxonomy terms, by id, in the editor's order. */
export const termIds = (max: number, label: string) =>
  z.array(z.number({ message: `Unknown ${label}.` }).int().positive(`Unknown ${label}.`)).max(max, `Choose at most ${max} ${label}.`);
