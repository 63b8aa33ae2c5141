import { Extension, type AnyExtension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { ImageNode } from './image-node';
import { isAllowedLinkUri, isSafeHref } from './link-href';

/**
 * Removes any link whose final address is not allowed, whatever put it there (paste, a pasted URL over a
 * selection, a command): the link extension checks some of these paths, not all of them.
 */
const LinkGuard = Extension.create({
  name: 'linkGuard',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('linkGuard'),
        appendTransaction: (transactions, _oldState, state) => {
          const linkType = state.schema.marks.link;
          if (!linkType || !transactions.some((tr) => tr.docChanged)) return null;
          const unsafe: { from: number; to: number }[] = [];
          state.doc.descendants((node, pos) => {
            const link = node.marks.find((mark) => mark.type === linkType);
            if (link && !isSafeHref(String(link.attrs.href ?? ''))) unsafe.push({ from: pos, to: pos + node.nodeSize });
          });
          if (!unsafe.length) return null;
          const tr = state.tr;
          for (const { from, to } of unsafe) tr.removeMark(from, to, linkType);
          return tr;
        },
      }),
    ];
  },
});

/** The schema of lib/rich-text/types.ts and nothing else: StarterKit minus what the format cannot store. */
export function createExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        // Typed text stays text; with autolink on, Tiptap also makes links grow as you type after them.
        autolink: false,
        linkOnPaste: true,
        defaultProtocol: 'https',
        HTMLAttributes: { target: null, rel: null, class: null },
        isAllowedUri: (url) => isAllowedLinkUri(url),
      },
    }),
    ImageNode,
    LinkGuard,
  ];
}
