/** Messages about ignored or corrected input, announced politely to screen readers. */
export function Notices({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="status" className="mb-4 rounded border border-amber-600 bg-amber-50 p-3 text-ink">
      <ul className="list-disc pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
