import type { MediaLookup } from '../media/types';
import { isSitePath, linkRuns } from './links';
import { normalizeRichText } from './normalize';
import type { ImageNode, RichTextBlock, RichTextInline, RichTextMark } from './types';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

const markTags: Partial<Record<RichTextMark['type'], string>> = { bold: 'strong', italic: 'em' };

interface HtmlContext {
  media: MediaLookup;
  // Feed readers show the content away from the site, where a site path would resolve against the wrong host.
  url: (href: string) => string;
}

function inlineHtml(content: RichTextInline[] | undefined, { url }: HtmlContext): string {
  return linkRuns(content)
    .map(({ href, nodes }) => {
      const inner = nodes
        .map((node) => {
          if (node.type === 'hardBreak') return '<br>';
          const tags = (node.marks ?? []).flatMap((mark) => markTags[mark.type] ?? []);
          return tags.reduceRight((html, tag) => `<${tag}>${html}</${tag}>`, escapeHtml(node.text));
        })
        .join('');
      return href ? `<a href="${escapeHtml(url(href))}">${inner}</a>` : inner;
    })
    .join('');
}

function imageHtml({ attrs }: ImageNode, { media, url }: HtmlContext): string {
  const item = media.get(attrs.mediaId);
  if (!item) return '';
  const { shareImage } = item;
  const alt = attrs.alt || item.alt;
  const caption = attrs.caption || item.caption;
  const credit = item.credit ? `<small>Photo: ${escapeHtml(item.credit)}</small>` : '';
  const captionHtml = [escapeHtml(caption), credit].filter(Boolean).join(' ');
  const img =
    `<img src="${escapeHtml(url(shareImage.url))}" width="${shareImage.width}" height="${shareImage.height}"` +
    ` alt="${escapeHtml(alt)}">`;
  return `<figure>${img}${captionHtml ? `<figcaption>${captionHtml}</figcaption>` : ''}</figure>`;
}

function blocksHtml(blocks: RichTextBlock[], context: HtmlContext): string {
  return blocks.map((block) => blockHtml(block, context)).join('');
}

function blockHtml(block: RichTextBlock, context: HtmlContext): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content, context)}</p>`;
    case 'heading':
      return `<h${block.attrs.level}>${inlineHtml(block.content, context)}</h${block.attrs.level}>`;
    case 'bulletList':
    case 'orderedList': {
      const items = block.content.map((item) => `<li>${blocksHtml(item.content, context)}</li>`).join('');
      if (block.type === 'bulletList') return `<ul>${items}</ul>`;
      return block.attrs?.start ? `<ol start="${block.attrs.start}">${items}</ol>` : `<ol>${items}</ol>`;
    }
    case 'blockquote':
      return `<blockquote>${blocksHtml(block.content, context)}</blockquote>`;
    case 'image':
      return imageHtml(block, context);
  }
}

/** A body as an HTML string for feeds: every text and attribute escaped, site paths made absolute with `absolute`. */
export function renderRichTextHtml(doc: unknown, media: MediaLookup, absolute: (path: string) => string): string {
  const url = (href: string) => (isSitePath(href) ? absolute(href) : href);
  return blocksHtml(normalizeRichText(doc).content, { media, url });
}
