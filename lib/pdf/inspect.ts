import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, ParseSpeeds, type PDFObject } from 'pdf-lib';
// Imported for its side effect: it puts the parser on globalThis.pdfjsWorker, where pdfjs looks first. Without
// it, pdfjs imports its worker file from a path next to its own, which is missing once the server is bundled.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { getDocument, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfInspection =
  | { ok: true; pages: number; text: string; title: string | null; bytes: number }
  | { ok: false; reason: string };

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const DEFAULT_MAX_TEXT_CHARS = 200_000;

const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** Each reason is one sentence for the editor who uploaded the file. */
export const pdfRefusals = {
  tooLarge: (maxBytes: number) =>
    `This file is larger than ${sizeLabel(maxBytes)}; make it smaller (for example by exporting it again with compressed images) and upload it again.`,
  notPdf: 'This file is not a PDF: its contents were checked, not its name.',
  damaged: 'This PDF is damaged and cannot be read; export it again from the program that made it and upload the new copy.',
  encrypted: 'This PDF is protected by a password or encrypted; upload an unprotected copy.',
  scripts: 'This PDF contains scripts (JavaScript) or automatic actions, which we do not accept; export it again without them.',
};

const refuse = (reason: string): PdfInspection => ({ ok: false, reason });

// Names that only occur in scripts and in actions that run on their own (/AA: on opening a page, on focus...).
const SCRIPT_NAMES = new Set(['JavaScript', 'JS', 'AA'].map((name) => PDFName.of(name)));
// The same names in the raw bytes: a name ends at whitespace or at a delimiter, so /JSFont does not count.
const SCRIPT_NAME_BYTES = /\/(?:JavaScript|JS|AA)(?![^\s\0()<>[\]{}/%])/;

/** Every object of the file, those packed in compressed object streams included, as parsed by pdf-lib. */
function hasScriptObjects(doc: PDFDocument): boolean {
  const visit = (object: PDFObject): boolean => {
    if (object instanceof PDFName) return SCRIPT_NAMES.has(object);
    if (object instanceof PDFStream) return visit(object.dict);
    if (object instanceof PDFArray) return object.asArray().some(visit);
    if (object instanceof PDFDict) return object.entries().some(([key, value]) => SCRIPT_NAMES.has(key) || visit(value));
    return false;
  };
  return doc.context.enumerateIndirectObjects().some(([, object]) => visit(object));
}

/**
 * The backstop, for objects a parser skipped as invalid. Stream contents are left out: compressed data would
 * match by chance in a large file, and page text is no concern.
 */
function hasScriptBytes(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return SCRIPT_NAME_BYTES.test(text.replace(/\bstream\r?\n[\s\S]*?\bendstream\b/g, ' '));
}

/** Scripts as pdfjs finds them: document level (names tree, open action, /AA), form fields, and page /AA. */
async function hasScriptActions(doc: PDFDocumentProxy): Promise<boolean> {
  if ((await doc.getJSActions()) || (await doc.hasJSActions())) return true;
  for (let number = 1; number <= doc.numPages; number++) {
    if (await (await doc.getPage(number)).getJSActions()) return true;
  }
  return false;
}

/** The text of each page on a line of its own, with runs of spaces and control characters made one space. */
async function extractText(doc: PDFDocumentProxy, maxChars: number): Promise<string> {
  const pages: string[] = [];
  let length = 0;
  for (let number = 1; number <= doc.numPages && length < maxChars; number++) {
    const content = await (await doc.getPage(number)).getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ')
      .replace(/[\s\p{Cc}]+/gu, ' ')
      .trim();
    pages.push(text);
    length += text.length + 1;
  }
  return pages.join('\n').slice(0, maxChars);
}

function readTitle(info: Record<string, unknown>, xmpTitle: unknown): string | null {
  const title = [info.Title, xmpTitle].find((value) => typeof value === 'string' && value.trim());
  return typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : null;
}

/**
 * Checks an uploaded PDF and reads its page count, text and title. Files that are too large, not PDFs,
 * damaged, encrypted or scripted are refused with a sentence for the editor.
 */
export async function inspectPdf(
  bytes: Uint8Array,
  options: { maxBytes?: number; maxTextChars?: number } = {},
): Promise<PdfInspection> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) return refuse(pdfRefusals.tooLarge(maxBytes));
  if (!Buffer.from(bytes.subarray(0, 5)).equals(Buffer.from('%PDF-'))) return refuse(pdfRefusals.notPdf);

  const task = getDocument({
    // pdfjs transfers the buffer it is given to its worker, which leaves it empty, so it gets a copy; a plain
    // Uint8Array too, as it refuses a Node Buffer (whose slice() would not even copy).
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    // Otherwise every upload logs warnings: about fonts that are not embedded (their data files are not given;
    // the text does not need them) and about each small flaw pdfjs works around.
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages < 1) return refuse(pdfRefusals.damaged);
    const { info, metadata } = await doc.getMetadata();
    const details = info as Record<string, unknown>;
    // pdf-lib reads what pdfjs opens, with few exceptions; those are left to pdfjs and the byte scan.
    const parsed = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fast,
    }).catch(() => null);
    // Encrypted with an empty user password: pdfjs opens it without asking, but it is encrypted all the same.
    if (details.EncryptFilterName || parsed?.isEncrypted) return refuse(pdfRefusals.encrypted);
    if (hasScriptBytes(bytes) || (parsed && hasScriptObjects(parsed)) || (await hasScriptActions(doc))) {
      return refuse(pdfRefusals.scripts);
    }
    const text = await extractText(doc, options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS);
    return { ok: true, pages: doc.numPages, text, title: readTitle(details, metadata?.get('dc:title')), bytes: bytes.byteLength };
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    // Any other password than an empty one is asked for, and refused, when the file is opened.
    if (name === 'PasswordException') return refuse(pdfRefusals.encrypted);
    // pdfjs reports everything that goes wrong in reading the file as one of these two. Anything else (pdfjs
    // failing to start, say) is not the file's fault and should not be blamed on it.
    if (name === 'InvalidPDFException' || name === 'UnknownErrorException') return refuse(pdfRefusals.damaged);
    throw error;
  } finally {
    await task.destroy();
  }
}
