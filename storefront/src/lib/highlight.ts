// Meilisearch's highlighted texts as plain pieces, so React escapes every character of the
// product's own text and only the highlight itself becomes a <mark> element.

export const HIGHLIGHT_PRE_TAG = "<mark>";
export const HIGHLIGHT_POST_TAG = "</mark>";

export type HighlightPiece = { text: string; marked: boolean };

/**
 * Splits "<mark>Miến</mark> dong" into marked and unmarked pieces. Anything else that looks like
 * markup stays text; a stray tag (a product named "<mark>") can only mis-highlight, never inject.
 */
export function highlightPieces(formatted: string): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  let marked = false;
  for (const part of formatted.split(/(<mark>|<\/mark>)/)) {
    if (part === HIGHLIGHT_PRE_TAG) marked = true;
    else if (part === HIGHLIGHT_POST_TAG) marked = false;
    else if (part !== "") pieces.push({ text: part, marked });
  }
  return pieces;
}

/** Whether Meilisearch marked a match in this text. */
export function hasHighlight(formatted: string | null | undefined): formatted is string {
  return !!formatted && highlightPieces(formatted).some((piece) => piece.marked);
}
