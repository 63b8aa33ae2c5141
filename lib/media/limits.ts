// Upload limits, shared by the browser's early check and the server's real one.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = '10 MB';
export const ACCEPTED_TYPES = 'image/jpeg,image/png,image/webp';
export const tooLargeMessage = `The file is larger than ${MAX_UPLOAD_LABEL}. Make it smaller and try again.`;
