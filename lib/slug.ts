import slugify from '@sindresorhus/slugify';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 100;

/** Whether a value has the shape of a slug; anything else cannot name a page. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}

/** A URL slug from any title: transliterated to ASCII (Cyrillic, accents), lowercase, hyphenated. */
export function slugFromTitle(title: string): string {
  return slugify(title, { decamelize: false }).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
}
