import { highlightPieces } from "@/lib/highlight";

/** A text with Meilisearch's matches in <mark>; every character of the text itself is escaped by React. */
export function Highlighted({ formatted, plain }: { formatted: string | null | undefined; plain: string }) {
  if (typeof formatted !== "string") return plain;
  return highlightPieces(formatted).map((piece, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: pieces never move; the index is their identity.
    piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
  );
}
