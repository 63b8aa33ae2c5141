import { z } from './z';

/** Alt text, caption and credit of a media item: the upload form, the edit form and both actions. */
export const mediaMetadataSchema = z.object({
  alt: z
    .string()
    .trim()
    .min(1, 'Describe the image for people who cannot see it (alt text).')
    .max(300, 'Keep the alt text to 300 characters or fewer.'),
  caption: z.string().trim().max(500, 'Keep the caption to 500 characters or fewer.'),
  credit: z.string().trim().max(200, 'Keep the credit to 200 characters or fewer.'),
});

export type MediaMetadataInput = z.infer<typeof mediaMetadataSchema>;

export const emptyMediaMetadata: MediaMetadataInput = { alt: '', caption: '', credit: '' };
