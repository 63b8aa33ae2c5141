import { z } from '@/lib/validation/z';
import { blocksIn, normalizeRichText } from './normalize';
import { richTextToPlainText } from './text';
import type { RichTextDoc } from './types';

export const MAX_BODY_CHARACTERS = 100_000;
export const MAX_BODY_IMAGES = 50;

const countImages = (doc: RichTextDoc) => Array.from(blocksIn(doc.content)).filter((b) => b.type === 'image').length;

/**
 * A rich-text body from an editorial form: any JSON goes in, the allow-listed document comes out.
 * The empty document is valid; whether a body is required is the form's rule, not this field's.
 */
export const richTextField = z
  .unknown()
  .transform((value) => normalizeRichText(value))
  .refine(
    (doc) => richTextToPlainText(doc).length <= MAX_BODY_CHARACTERS,
    'The body is too long (100,000 characters at most).',
  )
  .refine((doc) => countImages(doc) <= MAX_BODY_IMAGES, 'Keep the body to 50 images or fewer.');
