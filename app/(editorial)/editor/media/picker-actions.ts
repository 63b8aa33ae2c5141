import type { MediaPickerActions } from '@/components/editor/media-picker.client';
import { mediaPreviewsAction, searchMediaAction, uploadMediaAction } from './actions';

/** The server actions behind the image picker of the editorial forms. */
export const mediaPickerActions: MediaPickerActions = {
  search: searchMediaAction,
  upload: uploadMediaAction,
  previews: mediaPreviewsAction,
};
