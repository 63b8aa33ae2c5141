import type { MediaPickerActions } from '@/components/editor/media-picker.client';
import { mediaPreviewsAction, searchMediaAction } from './actions';
import { uploadMediaRequest } from './upload/upload-request';

/** The server actions behind the image picker of the editorial forms. */
export const mediaPickerActions: MediaPickerActions = {
  search: searchMediaAction,
  upload: uploadMediaRequest,
  previews: mediaPreviewsAction,
};
