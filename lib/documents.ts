import slugify from '@sindresorhus/slugify';

// Addresses, names and labels of uploaded PDFs (document_files), shared by the public template and the download
// route. No framework and no database here.

/** A file's key: the sha-256 of its bytes, in hex. */
export const DOCUMENT_KEY = /^[0-9a-f]{64}$/;

const MAX_NAME_LENGTH = 100;

/** The download address: the key says which bytes (so it can be cached for good), the name what to save them as. */
export function documentHref(file: { key: string; name: string }): string {
  return `/documents/${file.key}/${encodeURIComponent(file.name)}`;
}

/**
 * A safe file name for an upload: no folders, letters transliterated to ASCII, anything else a hyphen, always
 * ending in `.pdf` ("Rapport annuel (v2).PDF" becomes "Rapport-annuel-v2.pdf").
 */
export function cleanDocumentName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const stem = slugify(base.replace(/\.pdf$/i, ''), { lowercase: false, decamelize: false, preserveCharacters: ['_'] })
    .slice(0, MAX_NAME_LENGTH - 4)
    .replace(/[-_]+$/, '');
  return `${stem || 'document'}.pdf`;
}

/** "312 KB" under one megabyte, "1.2 MB" from there (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number): string {
  const kilobytes = Math.max(1, Math.round(bytes / 1024));
  if (bytes < 1024 * 1024 && kilobytes < 1024) return `${kilobytes} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The text of a download link: "Download (PDF, 1.2 MB, 48 pages)". */
export function downloadLabel(file: { size: number; pages: number }): string {
  return `Download (PDF, ${formatFileSize(file.size)}, ${file.pages} ${file.pages === 1 ? 'page' : 'pages'})`;
}
