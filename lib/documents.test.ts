import { describe, expect, it } from 'vitest';
import { cleanDocumentName, documentHref, downloadLabel, formatFileSize } from './documents';

describe('formatFileSize', () => {
  it('gives kilobytes under one megabyte, never zero', () => {
    expect(formatFileSize(1)).toBe('1 KB');
    expect(formatFileSize(2_000)).toBe('2 KB');
    expect(formatFileSize(312 * 1024)).toBe('312 KB');
    expect(formatFileSize(1024 * 1024 - 1)).toBe('1.0 MB');
  });

  it('gives megabytes with one decimal from one megabyte', () => {
    expect(formatFileSize(1024 * 1024)).toBe('1.0 MB');
    expect(formatFileSize(1.24 * 1024 * 1024)).toBe('1.2 MB');
    expect(formatFileSize(48.96 * 1024 * 1024)).toBe('49.0 MB');
  });
});

describe('downloadLabel', () => {
  it('names the format, the size and the pages', () => {
    expect(downloadLabel({ size: 1.2 * 1024 * 1024, pages: 48 })).toBe('Download (PDF, 1.2 MB, 48 pages)');
    expect(downloadLabel({ size: 312 * 1024, pages: 4 })).toBe('Download (PDF, 312 KB, 4 pages)');
  });

  it('says "page" for a single page', () => {
    expect(downloadLabel({ size: 3_000, pages: 1 })).toBe('Download (PDF, 3 KB, 1 page)');
  });
});

describe('cleanDocumentName', () => {
  it('keeps a plain name', () => {
    expect(cleanDocumentName('annual-report-2024.pdf')).toBe('annual-report-2024.pdf');
  });

  it('drops folders, odd characters and the extension case', () => {
    expect(cleanDocumentName('C:\\Users\\me\\Rapport annuel (v2).PDF')).toBe('Rapport-annuel-v2.pdf');
    expect(cleanDocumentName('../../etc/passwd')).toBe('passwd.pdf');
    expect(cleanDocumentName('"><script>.pdf')).toBe('script.pdf');
  });

  it('transliterates letters and falls back to "document"', () => {
    expect(cleanDocumentName('Доклад.pdf')).toBe('Doklad.pdf');
    expect(cleanDocumentName('Übersicht_2025.pdf')).toBe('Uebersicht_2025.pdf');
    expect(cleanDocumentName('???.pdf')).toBe('document.pdf');
    expect(cleanDocumentName('')).toBe('document.pdf');
  });

  it('keeps names short', () => {
    const name = cleanDocumentName(`${'a'.repeat(300)}.pdf`);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('documentHref', () => {
  it('puts the key and the name in the path', () => {
    const key = 'a'.repeat(64);
    expect(documentHref({ key, name: 'report.pdf' })).toBe(`/documents/${key}/report.pdf`);
  });
});
