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
