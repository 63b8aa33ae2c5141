import { createHash, randomBytes } from 'node:crypto';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { makeDemoPdf } from './generate';
import { inspectPdf, pdfRefusals } from './inspect';

const paragraphs = [
  'The mission supported local authorities in preparing the municipal elections held in the spring.',
  'Observers from twelve participating States visited polling stations in every district of the region.',
];

/** A PDF written out by hand from its object bodies; the cross-reference table is computed. */
function handmadePdf(objects: string[], trailer = ''): Uint8Array {
  let file = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = file.length;
    file += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = file.length;
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  file += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(file, 'latin1'));
}

const namesCatalog = '<< /Type /Catalog /Pages 2 0 R /Names << /JavaScript << /Names [(a) 4 0 R] >> >> >>';
const scriptStream = '<< /Length 12 >>\nstream\napp.alert(1)\nendstream';
const onePage = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];

/** RC4, the cipher of the standard security handler's 40-bit mode (OpenSSL 3 no longer offers it by default). */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, n) => n);
  let i = 0;
  let j = 0;
  for (; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  i = j = 0;
  return Buffer.from(
    data.map((byte) => {
      i = (i + 1) & 255;
      j = (j + s[i]!) & 255;
      [s[i], s[j]] = [s[j]!, s[i]!];
      return byte ^ s[(s[i]! + s[j]!) & 255]!;
    }),
  );
}

const PASSWORD_PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/**
 * A one-page PDF encrypted with RC4 40-bit (revision 2). With an empty user password, /U is what that password
 * gives and any reader opens the file without asking; otherwise /U matches no password we know.
 */
function encryptedPdf(userPassword: 'empty' | 'unknown'): Uint8Array {
  const owner = randomBytes(32);
  const id = randomBytes(16);
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-4);
  const key = createHash('md5').update(Buffer.concat([PASSWORD_PADDING, owner, permissions, id])).digest().subarray(0, 5);
  const user = userPassword === 'empty' ? rc4(key, PASSWORD_PADDING) : randomBytes(32);
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P -4 >>`;
  return handmadePdf([...onePage, encrypt], `/Encrypt 4 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`);
}

describe('inspectPdf', () => {
  it('reads the page count, the title and the text of a generated PDF, and leaves its bytes intact', async () => {
    const bytes = await makeDemoPdf({ title: 'Election observation report', paragraphs, pages: 3 });
    const result = await inspectPdf(bytes);
    if (!result.ok) throw new Error(result.reason);
    expect(result).toMatchObject({ pages: 3, title: 'Election observation report', bytes: bytes.byteLength });
    expect(result.text.startsWith('Election observation report')).toBe(true);
    expect(result.text).toContain('Observers from twelve participating States visited polling stations');
    expect(result.text.split('\n')).toHaveLength(3);
    expect(result.text).not.toMatch(/ {2}/);
    expect(await inspectPdf(bytes)).toEqual(result);
    expect(await inspectPdf(Buffer.from(bytes))).toEqual(result);
  });

  it('cuts the text at maxTextChars', async () => {
    const result = await inspectPdf(await makeDemoPdf({ title: 'Long', paragraphs, pages: 5 }), { maxTextChars: 100 });
    expect(result.ok && result.text.length).toBe(100);
  });

  it('refuses files that are not PDFs, whatever they are called', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    for (const bytes of [png, new Uint8Array(Buffer.from('Minutes of the meeting')), new Uint8Array()]) {
      expect(await inspectPdf(bytes)).toEqual({ ok: false, reason: pdfRefusals.notPdf });
    }
  });

  it('refuses a truncated or corrupt PDF, or one without pages', async () => {
    const bytes = await makeDemoPdf({ title: 'Cut short', paragraphs, pages: 2 });
    const garbage = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2000)]));
    const noPages = handmadePdf([onePage[0]!, '<< /Type /Pages /Kids [] /Count 0 >>']);
    const missingPage = handmadePdf([onePage[0]!, '<< /Type /Pages /Kids [7 0 R] /Count 1 >>']);
    for (const damaged of [bytes.slice(0, bytes.byteLength / 2), garbage, noPages, missingPage]) {
      expect(await inspectPdf(damaged)).toEqual({ ok: false, reason: pdfRefusals.damaged });
    }
  });

  it('refuses a PDF protected by a password', async () => {
    expect(await inspectPdf(encryptedPdf('unknown'))).toEqual({ ok: false, reason: pdfRefusals.encrypted });
  });

  it('refuses an encrypted PDF that opens without a password', async () => {
    // pdfjs opens it without asking for a password: only the /Encrypt entry of its trailer tells.
    const task = getDocument({ data: encryptedPdf('empty'), verbosity: 0 });
    const { info } = await (await task.promise).getMetadata();
    await task.destroy();
    expect(info).toMatchObject({ EncryptFilterName: 'Standard' });
    expect(await inspectPdf(encryptedPdf('empty'))).toEqual({ ok: false, reason: pdfRefusals.encrypted });
  });

  it.each([true, false])('refuses a PDF with a JavaScript open action (object streams: %s)', async (useObjectStreams) => {
    const doc = await PDFDocument.load(await makeDemoPdf({ title: 'Scripted', paragraphs }));
    const action = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
    const result = await inspectPdf(await doc.save({ useObjectStreams }));
    expect(result).toEqual({ ok: false, reason: pdfRefusals.scripts });
  });

  const scriptedPage = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /AA << /O 4 0 R >> >>';
  it.each([
    ['a document-level script', [namesCatalog, onePage[1]!, onePage[2]!, '<< /S /JavaScript /JS (app.alert(1)) >>']],
    ['a script run when a page opens', [onePage[0]!, onePage[1]!, scriptedPage, '<< /S /JavaScript /JS 5 0 R >>', scriptStream]],
  ])('refuses %s', async (_, objects) => {
    expect(await inspectPdf(handmadePdf(objects))).toEqual({ ok: false, reason: pdfRefusals.scripts });
  });

  it('accepts an open action that only shows the first page', async () => {
    const catalog = '<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>';
    expect(await inspectPdf(handmadePdf([catalog, ...onePage.slice(1)]))).toMatchObject({ ok: true, pages: 1, text: '' });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const bytes = await makeDemoPdf({ title: 'Heavy', paragraphs, pages: 2 });
    expect(await inspectPdf(bytes, { maxBytes: 1024 })).toEqual({ ok: false, reason: pdfRefusals.tooLarge(1024) });
    const huge = new Uint8Array(20 * 1024 * 1024 + 1);
    huge.set(Buffer.from('%PDF-1.7\n'));
    const result = await inspectPdf(huge);
    expect(result).toEqual({ ok: false, reason: pdfRefusals.tooLarge(20 * 1024 * 1024) });
    expect(!result.ok && result.reason).toMatch(/^This file is larger than 20 MB; /);
  });
});

describe('makeDemoPdf', () => {
  it('fills at least the pages asked for, a few kilobytes each, and gives the same bytes for the same input', async () => {
    const input = { title: 'Annual report', paragraphs, pages: 12 };
    const bytes = await makeDemoPdf(input);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(12);
    expect(doc.getTitle()).toBe('Annual report');
    expect(bytes.byteLength).toBeLessThan(12 * 4096);
    expect(Buffer.from(await makeDemoPdf(input)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('wraps long words and replaces characters the standard font lacks', async () => {
    const bytes = await makeDemoPdf({ title: 'Kraków – Łódź 🙂', paragraphs: ['x'.repeat(500)] });
    const result = await inspectPdf(bytes);
    expect(result.ok && result.title).toBe('Kraków – Łódź 🙂');
    expect(result.ok && result.text).toContain('Kraków – ?ód? ?');
    // The word is cut into lines that each fit the page.
    expect(result.ok && result.text.match(/x+/g)?.map((part) => part.length)).toSatisfy(
      (parts: number[]) => parts.length > 1 && parts.reduce((sum, length) => sum + length) === 500,
    );
  });
});
