import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/highlight';

/**
 * Renders text in which the database marked matched words with private-use delimiters.
 * Every piece is rendered as React text, so nothing in it can become markup.
 */
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(HIGHLIGHT_START);
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return part;
        const end = part.indexOf(HIGHLIGHT_END);
        if (end === -1) return part;
        return (
          <span key={index}>
            <mark>{part.slice(0, end)}</mark>
            {part.slice(end + 1)}
          </span>
        );
      })}
    </>
  );
}
