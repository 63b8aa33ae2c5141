import { Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { ImageNodeView } from './image-node-view.client';

export interface ImageAttrs {
  mediaId: number;
  alt: string;
  caption: string;
}

function readMediaId(element: HTMLElement): number | null {
  const mediaId = Number(element.getAttribute('data-media-id'));
  return Number.isInteger(mediaId) && mediaId > 0 ? mediaId : null;
}

/**
 * An image from the media library, with the alt text and caption of this use. The document stores only the
 * media id; the node view gets thumbnails from ThumbnailContext. The HTML below only carries copy and paste
 * inside the editor (so it has no src); the site renders images from the JSON on the server.
 */
export const ImageNode = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: false,
  selectable: true,

  addAttributes() {
    return {
      mediaId: { default: null, rendered: false },
      alt: { default: '', rendered: false },
      caption: { default: '', rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        // Only figures copied from this editor: an image from elsewhere has no media item to point at.
        tag: 'figure[data-media-id]',
        getAttrs: (element) => {
          const mediaId = readMediaId(element);
          if (!mediaId) return false;
          const alt = element.querySelector('img')?.getAttribute('alt') ?? '';
          const caption = element.querySelector('figcaption')?.textContent?.trim() ?? '';
          return { mediaId, alt, caption };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const { mediaId, alt, caption } = node.attrs as ImageAttrs;
    const image: DOMOutputSpec = ['img', { alt }];
    const figure = { 'data-media-id': String(mediaId) };
    return caption ? ['figure', figure, image, ['figcaption', caption]] : ['figure', figure, image];
  },

  addNodeView() {
    return ReactNodeViewRenderer(ImageNodeView);
  },
});
