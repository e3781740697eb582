// Meilisearch's highlighted texts as plain pieces, so React escapes every character of the
// product's own text and only the highlight itself becomes a <mark> element.

export const HIGHLIGHT_PRE_TAG = "<mark>";
export const HIGHLIGHT_POST_TAG = "</mark>";

export type HighlightPiece = { text: string; marked: boolean };

/** A letter (with its Vietnamese marks) or a digit: the characters a word is made of. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * Splits "<mark>Miến</mark> dong" into marked and unmarked pieces. Anything else that looks like
 * markup stays text; a stray tag (a product named "<mark>") can only mis-highlight, never inject.
 *
 * Only whole words stay marked. Meilisearch marks the part of a word that matched a prefix or a
 * typo, so "dong" could light up the "Do" of "Doanh": a buyer reads that as a wrong match. A mark
 * that starts or ends inside a word becomes plain text; so while a buyer is still typing a word,
 * its matches show once the word is whole.
 */
export function highlightPieces(formatted: string): HighlightPiece[] {
  const parsed: HighlightPiece[] = [];
  let marked = false;
  for (const part of formatted.split(/(<mark>|<\/mark>)/)) {
    if (part === HIGHLIGHT_PRE_TAG) marked = true;
    else if (part === HIGHLIGHT_POST_TAG) marked = false;
    else if (part !== "") parsed.push({ text: part, marked });
  }
  const pieces: HighlightPiece[] = [];
  parsed.forEach((piece, index) => {
    const before = parsed[index - 1]?.text.at(-1) ?? "";
    const after = parsed[index + 1]?.text[0] ?? "";
    const wholeWords = !WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after);
    const current = { text: piece.text, marked: piece.marked && wholeWords };
    const last = pieces.at(-1);
    if (last && last.marked === current.marked) last.text += current.text;
    else pieces.push(current);
  });
  return pieces;
}

/** Whether Meilisearch marked a match in this text. */
export function hasHighlight(formatted: string | null | undefined): formatted is string {
  return !!formatted && highlightPieces(formatted).some((piece) => piece.marked);
}
