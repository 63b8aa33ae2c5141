export type LabelAttributes = { 'aria-labelledby': string } | { 'aria-label': string } | Record<string, never>;

/**
 * `<label for>` names only form controls, not a contenteditable element, so the editable element borrows
 * the name of the label that points at it: by aria-labelledby when the label has an id, else by its text.
 */
export function labelOf(id: string, root: Document): LabelAttributes {
  const label = Array.from(root.querySelectorAll('label')).find((element) => element.htmlFor === id);
  if (label?.id) return { 'aria-labelledby': label.id };
  const text = label?.textContent?.trim();
  return text ? { 'aria-label': text } : {};
}
