'use client';

import { useRouter } from 'next/navigation';
import { MediaUploadForm } from '@/components/editor/media-upload-form.client';
import { uploadMediaAction } from './actions';

export function MediaUploadPanel() {
  const router = useRouter();
  return <MediaUploadForm idPrefix="upload" action={uploadMediaAction} onUploaded={() => router.refresh()} />;
}
