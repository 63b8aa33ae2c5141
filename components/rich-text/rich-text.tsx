import { Fragment, type ReactNode } from 'react';
import { MediaFigure } from '@/components/ui/media-figure';
import type { MediaLookup } from '@/lib/media/types';
import { linkRuns } from '@/lib/rich-text/links';
import { normalizeRichText } from '@/lib/rich-text/normalize';
import type { ImageNode, RichTextBlock, RichTextInline } from '@/lib/rich-text/types';

// About twice the 42rem body column: sharp on a 2× screen without sending the original.
const MAX_SRC_WIDTH = 1280;
const IMAGE_SIZES = '(min-width: 48rem) 42rem, 100vw';

function renderText(node: Extract<RichTextInline, { type: 'text' }>): ReactNode {
  return (node.marks ?? []).reduceRight<ReactNode>((inner, mark) => {
    if (mark.type === 'bold') return <strong className="font-semibold">{inner}</strong>;
    if (mark.type === 'italic') return <em>{inner}</em>;
    return inner;
  }, node.text);
}

function renderInline(content?: RichTextInline[]): ReactNode[] {
  return linkRuns(content).map(({ href, nodes }, runIndex) => {
    const children = nodes.map((node, index) =>
      node.type === 'hardBreak' ? <br key={index} /> : <Fragment key={index}>{renderText(node)}</Fragment>,
    );
    if (!href) return <Fragment key={runIndex}>{children}</Fragment>;
    const external = /^https?:/i.test(href);
    return (
      <a key={runIndex} href={href} rel={external ? 'noopener' : undefined} className="underline underline-offset-2">
        {children}
      </a>
    );
  });
}

function RichImage({ node, media }: { node: ImageNode; media: MediaLookup }) {
  const item = media.get(node.attrs.mediaId);
  if (!item) return null;
  return (
    <MediaFigure
      image={item}
      alt={node.attrs.alt || item.alt}
      caption={node.attrs.caption || item.caption}
      sizes={IMAGE_SIZES}
      maxWidth={MAX_SRC_WIDTH}
      className="my-6"
    />
  );
}

function renderBlocks(blocks: RichTextBlock[], media: MediaLookup): ReactNode[] {
  return blocks.map((block, index) => {
    switch (block.type) {
      case 'paragraph':
        return <p key={index} className="mb-4">{renderInline(block.content)}</p>;
      case 'heading': {
        const Heading = `h${block.attrs.level}` as const;
        const size = { 2: 'mt-8 text-2xl', 3: 'mt-6 text-xl', 4: 'mt-5 text-lg' }[block.attrs.level];
        return (
          <Heading key={index} className={`${size} mb-3 leading-snug font-bold text-brand-900`}>
            {renderInline(block.content)}
          </Heading>
        );
      }
      case 'bulletList':
      case 'orderedList': {
        const List = block.type === 'bulletList' ? 'ul' : 'ol';
        const start = block.type === 'orderedList' ? block.attrs?.start : undefined;
        return (
          <List key={index} start={start} className={`mb-4 space-y-1 pl-6 ${List === 'ul' ? 'list-disc' : 'list-decimal'}`}>
            {block.content.map((item, itemIndex) => (
              <li key={itemIndex} className="pl-1 [&>*]:mb-0 [&>*+*]:mt-1">
                {renderBlocks(item.content, media)}
              </li>
            ))}
          </List>
        );
      }
      case 'blockquote':
        return (
          <blockquote
            key={index}
            className="my-6 border-l-4 border-brand-600 bg-brand-50 py-3 pr-4 pl-5 text-brand-900 [&>*:last-child]:mb-0"
          >
            {renderBlocks(block.content, media)}
          </blockquote>
        );
      case 'image':
        return <RichImage key={index} node={block} media={media} />;
    }
  });
}

/** A news item body: normalised through the allow-list first, so stored JSON of any shape renders safely. */
export function RichText({ doc, media, className }: { doc: unknown; media: MediaLookup; className?: string }) {
  return <div className={className}>{renderBlocks(normalizeRichText(doc).content, media)}</div>;
}
