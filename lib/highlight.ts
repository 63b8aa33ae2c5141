// Private-use characters that never occur in content mark the words a search matched.
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';
