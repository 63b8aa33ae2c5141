import type { EditorView } from '@tiptap/pm/view';

const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'Meta']);

interface KeyActions {
  openLinkForm: () => void;
  toolbarId: string;
}

/**
 * Editor keyboard additions, as ProseMirror view props (these run before any extension keymap):
 * Alt+F10 moves to the toolbar, Ctrl/Cmd+K opens the link form, and Escape followed by Tab (or
 * Shift+Tab) leaves the editor even inside a list, where Tab otherwise indents the list item.
 */
export function createKeyHandling({ openLinkForm, toolbarId }: KeyActions) {
  let leaving = false;
  return {
    handleKeyDown(view: EditorView, event: KeyboardEvent) {
      if (event.altKey && event.key === 'F10') {
        // The toolbar's one tab stop is the button used last.
        view.dom.ownerDocument.getElementById(toolbarId)?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
        return true;
      }
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        openLinkForm();
        return true;
      }
      return false;
    },
    handleDOMEvents: {
      // Returning true here makes ProseMirror ignore the key without preventing the browser's default.
      keydown(_view: EditorView, event: KeyboardEvent) {
        if (modifierKeys.has(event.key)) return false;
        const leave = leaving && event.key === 'Tab';
        leaving = event.key === 'Escape';
        return leave;
      },
    },
  };
}
