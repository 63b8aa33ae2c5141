import { PDFDocument, PageSizes, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const MARGIN = 56;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const TITLE_SIZE = 20;
const BODY_SIZE = 11;
const LEADING = 1.4;

/**
 * The standard fonts are not embedded and only cover WinAnsi; a character outside it would make pdf-lib throw,
 * so it becomes a question mark instead.
 */
function encodable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return Array.from(text, (char) => (supported.has(char.codePointAt(0)!) ? char : '?')).join('');
}

/** Splits text into lines no wider than `width`; a word longer than a whole line is cut where it overflows. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (let word of encodable(font, text).split(/\s+/).filter(Boolean)) {
    if (line && fits(`${line} ${word}`)) {
      line = `${line} ${word}`;
      continue;
    }
    if (line) lines.push(line);
    while (!fits(word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A plain text PDF for demo content: the title on the first page, then the paragraphs, repeated when needed to
 * fill at least `pages` pages. The fonts are the standard ones, referenced and not embedded, so a page weighs
 * a few kilobytes.
 */
export async function makeDemoPdf(input: { title: string; paragraphs: string[]; pages?: number }): Promise<Uint8Array> {
  // No creation date or producer: the same input gives the same bytes, which keeps seeded files stable.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(input.title, { showInWindowTitleBar: true });
  doc.setLanguage('en');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);

  let page: PDFPage = doc.addPage(PageSizes.A4);
  let y = PAGE_HEIGHT - MARGIN;
  const write = (line: string, font: PDFFont, size: number) => {
    if (y - size < MARGIN) {
      page = doc.addPage(PageSizes.A4);
      y = PAGE_HEIGHT - MARGIN;
    }
    y -= size;
    page.drawText(line, { x: MARGIN, y, font, size });
    y -= size * (LEADING - 1);
  };

  for (const line of wrap(input.title, bold, TITLE_SIZE, TEXT_WIDTH)) write(line, bold, TITLE_SIZE);
  y -= TITLE_SIZE;

  const paragraphs = input.paragraphs.map((text) => wrap(text, regular, BODY_SIZE, TEXT_WIDTH)).filter((lines) => lines.length > 0);
  const minPages = input.pages ?? 1;
  let round = 0;
  // The paragraphs are written once, then again from the start until the document has enough pages.
  while (paragraphs.length > 0 && (round === 0 || doc.getPageCount() < minPages)) {
    for (const lines of paragraphs) {
      for (const line of lines) write(line, regular, BODY_SIZE);
      y -= BODY_SIZE;
      if (round > 0 && doc.getPageCount() >= minPages) break;
    }
    round++;
  }
  while (doc.getPageCount() < minPages) doc.addPage(PageSizes.A4);

  return doc.save();
}
