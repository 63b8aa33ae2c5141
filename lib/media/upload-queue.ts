import pLimit from 'p-limit';

// Uploads wait their turn before their body is read: eight people uploading 40-megapixel images at once would
// otherwise hold eight request bodies and eight decoded images in memory together. A few run at a time (one
// per core by default); more than a handful waiting is refused, so the queue itself stays bounded.

const running = Number(process.env.MEDIA_UPLOAD_CONCURRENCY ?? 2);
const MAX_WAITING = Number(process.env.MEDIA_UPLOAD_QUEUE ?? 16);

const limit = pLimit(Math.max(1, running));

export class UploadQueueFullError extends Error {
  constructor() {
    super('Many images are being uploaded right now. Please try again in a minute.');
  }
}

/** Runs an upload when a place is free; refuses at once when too many are already waiting. */
export function inUploadQueue<T>(work: () => Promise<T>): Promise<T> {
  if (limit.pendingCount >= MAX_WAITING) return Promise.reject(new UploadQueueFullError());
  return limit(work);
}
