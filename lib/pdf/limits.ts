// The largest PDF a publication accepts, shared by the upload route, the inspection and the form's hint.
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_DOCUMENT_LABEL = '20 MB';
