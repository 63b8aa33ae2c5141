import { z } from 'zod';
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

export const bodyField = z.string().max(100_000, 'The body is too long (100,000 characters at most).');

/** Empty, or a date and time (ISO, or the browser's datetime-local value). */
export const publishAtField = z
  .string()
  .trim()
  .refine((value) => value === '' || !Number.isNaN(Date.parse(value)), 'Enter a real date and time, or leave it empty.');
