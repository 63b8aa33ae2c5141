import { diffWords } from 'diff';

/** Word-level difference between two texts: removed words struck through, added words underlined. */
export function TextDiff({ before, after }: { before: string; after: string }) {
  if (before === after) return <p className="text-muted">No change.</p>;
  return (
    <p className="whitespace-pre-wrap">
      {diffWords(before, after).map((part, index) =>
        part.added ? (
          <ins key={index} className="bg-green-100 text-green-950">
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} className="bg-red-100 text-red-950">
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}
