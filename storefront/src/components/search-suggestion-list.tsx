"use client";
// The header search box's list of suggestions, fetched with its first answer (see search-box.tsx):
// the products with their matched words marked, then producers and provinces, then "see all".
import { highlightPieces } from "@/lib/highlight";
import type { WordedSuggestions } from "@/lib/search-suggestions";
import styles from "./search-box.module.css";

export type OptionProps = {
  id: string | undefined;
  role: "option";
  "aria-selected": boolean;
  className: string | undefined;
  onMouseDown: (event: { preventDefault: () => void }) => void;
  onClick: () => void;
  onMouseMove: () => void;
};

type Indexed<T> = T & { index: number };

/** The groups' headings in the buyer's language, from the server with the box. */
export type GroupHeadings = { products: string; producers: string; provinces: string };

export function SuggestionList({
  id,
  headings,
  words,
  products,
  producers,
  provinces,
  seeAll,
  optionProps,
}: {
  id: string;
  headings: GroupHeadings;
  words: WordedSuggestions["words"];
  products: Indexed<WordedSuggestions["products"][number]>[];
  producers: Indexed<WordedSuggestions["producers"][number]>[];
  provinces: Indexed<WordedSuggestions["provinces"][number]>[];
  /** The "see all" option's index, or -1 without one. */
  seeAll: number;
  optionProps: (index: number) => OptionProps;
}) {
  const count = products.length + producers.length + provinces.length;
  return (
    <>
      {products.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group", not a fieldset.
        <div role="group" aria-labelledby={`${id}-products`}>
          <div id={`${id}-products`} role="presentation" className={styles.groupLabel}>
            {headings.products}
          </div>
          {products.map((product) => (
            <div key={product.handle} {...optionProps(product.index)}>
              {product.thumbnail ? (
                <img src={product.thumbnail} alt="" width={40} height={40} className={styles.thumbnail} />
              ) : (
                <span className={styles.thumbnail} />
              )}
              <span className={styles.text}>
                <span className={styles.title}>
                  {product.highlightedTitle
                    ? highlightPieces(product.highlightedTitle).map((piece, index) =>
                        piece.marked ? (
                          // biome-ignore lint/suspicious/noArrayIndexKey: pieces never move.
                          <mark key={index}>{piece.text}</mark>
                        ) : (
                          // biome-ignore lint/suspicious/noArrayIndexKey: pieces never move.
                          <span key={index}>{piece.text}</span>
                        ),
                      )
                    : product.title}
                </span>
                {product.stars ? (
                  <span className={styles.stars}>
                    <span aria-hidden="true">{"★".repeat(product.stars)}</span>{" "}
                    <span className={styles.starText}>{product.detail}</span>
                  </span>
                ) : (
                  product.awaiting && <span className={styles.meta}>{product.detail}</span>
                )}
              </span>
            </div>
          ))}
        </div>
      )}
      {producers.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group", not a fieldset.
        <div role="group" aria-labelledby={`${id}-producers`}>
          <div id={`${id}-producers`} role="presentation" className={styles.groupLabel}>
            {headings.producers}
          </div>
          {producers.map((producer) => (
            <div key={producer.name} {...optionProps(producer.index)}>
              <span className={styles.text}>
                <span className={styles.title}>{producer.name}</span>
              </span>
              {producer.detail && <span className={styles.meta}>{producer.detail}</span>}
            </div>
          ))}
        </div>
      )}
      {provinces.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group", not a fieldset.
        <div role="group" aria-labelledby={`${id}-provinces`}>
          <div id={`${id}-provinces`} role="presentation" className={styles.groupLabel}>
            {headings.provinces}
          </div>
          {provinces.map((province) => (
            <div key={province.code} {...optionProps(province.index)}>
              <span className={styles.text}>
                <span className={styles.title}>{province.name}</span>
              </span>
              {province.detail && <span className={styles.meta}>{province.detail}</span>}
            </div>
          ))}
        </div>
      )}
      {count === 0 && <div className={styles.none}>{words.none}</div>}
      {seeAll >= 0 && (
        <div {...optionProps(seeAll)} className={`${styles.option} ${styles.seeAll}`}>
          {words.seeAll}
        </div>
      )}
    </>
  );
}
