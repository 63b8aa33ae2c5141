'use client';

import { useCallback, useState } from 'react';
import type { MediaPreview } from '@/lib/media/types';
import { useMediaPicker, type MediaPickerActions } from './media-picker.client';

/**
 * The library images an editorial form shows (lead image, images in the body) and the picker that adds more.
 * `learn` fetches previews of images the form refers to without having shown them, e.g. in a restored copy.
 */
export function useImageChoices(initial: MediaPreview[], actions: MediaPickerActions) {
  const { requestImage, dialog } = useMediaPicker(actions);
  const [known, setKnown] = useState(() => new Map(initial.map((image) => [image.id, image])));
  const remember = useCallback((images: MediaPreview[]) => {
    setKnown((map) => new Map([...map, ...images.map((image) => [image.id, image] as const)]));
  }, []);

  const chooseImage = useCallback(async (): Promise<MediaPreview | null> => {
    const chosen = await requestImage();
    if (!chosen) return null;
    const preview = { ...chosen, url: chosen.thumbnail.url, width: chosen.thumbnail.width, height: chosen.thumbnail.height };
    remember([preview]);
    return preview;
  }, [requestImage, remember]);

  const requestBodyImage = useCallback(async () => {
    const chosen = await chooseImage();
    return chosen ? { mediaId: chosen.id, src: chosen.url, alt: chosen.alt, caption: chosen.caption } : null;
  }, [chooseImage]);

  const preview = useCallback((id: number | null | undefined) => (id ? (known.get(id) ?? null) : null), [known]);
  const imageSrc = useCallback((id: number) => known.get(id)?.url, [known]);

  const previewsAction = actions.previews;
  const learn = useCallback(
    async (ids: number[]) => {
      const missing = [...new Set(ids)].filter((id) => !known.has(id));
      if (!missing.length) return;
      const result = await previewsAction({ ids: missing }).catch(() => null);
      if (result?.status === 'success') remember(result.data);
    },
    [known, previewsAction, remember],
  );

  return { dialog, chooseImage, requestBodyImage, preview, imageSrc, learn };
}
