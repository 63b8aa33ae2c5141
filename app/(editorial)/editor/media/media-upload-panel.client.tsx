'use client';

import { useRouter } from 'next/navigation';
import { MediaUploadForm } from '@/components/editor/media-upload-form.client';
import { uploadMediaRequest } from './upload/upload-request';

export function MediaUploadPanel() {
  const router = useRouter();
  return <MediaUploadForm idPrefix="upload" action={uploadMediaRequest} onUploaded={() => router.refresh()} />;
}
