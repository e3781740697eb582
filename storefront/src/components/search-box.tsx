"use client";
// The header's search box: a plain GET form to the results page that works without JavaScript,
// and with it an ARIA combobox that suggests products, producers and provinces as the buyer types.
import { type KeyboardEvent, lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import type { WordedSuggestions } from "@/lib/search-suggestions";
import styles from "./search-box.module.css";
import type { GroupHeadings, OptionProps } from "./search-suggestion-list";

/**
 * The suggestions' list is only drawn once the buyer types, so its code is fetched then (and on
 * focus, ahead of the first answer) instead of with every page.
 */
const loadSuggestionList = () => import("./search-suggestion-list");
const SuggestionList = lazy(() => loadSuggestionList().then((module) => ({ default: module.SuggestionList })));

/** Long enough to skip the keystrokes of a word being typed, short enough to feel instant. */
const DEBOUNCE_MS = 150;

/**
 * The paths the box leads to, in the buyer's language, from the server (site-header.tsx): the
 * results page, and a product's page with {@link PRODUCT_HANDLE} where its handle goes.
 */
export type SearchPaths = { results: string; product: string };

/** Stands for a product's handle in {@link SearchPaths.product}. */
export const PRODUCT_HANDLE = "__handle__";

/** The box's own words in the buyer's language, from the server; the suggestions bring theirs. */
export type SearchBoxWords = GroupHeadings & { label: string; placeholder: string; submit: string };

type Option = { id: string; href: string };

type SearchBoxProps = { initialQuery: string; paths: SearchPaths; locale: Locale; words: SearchBoxWords };

export function SearchBox({ initialQuery, paths, locale, words }: SearchBoxProps) {
  const router = useRouter();
  const id = useId();
  const listboxId = `${id}-listbox`;
  const [query, setQuery] = useState(initialQuery);
  const [suggestions, setSuggestions] = useState<WordedSuggestions | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);

  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) {
      setSuggestions(null);
      return;
    }
    const request = ++latest.current;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search/suggestions?${new URLSearchParams({ q: trimmed, locale })}`, {
          signal: controller.signal,
        });
        const body = (await response.json()) as WordedSuggestions;
        if (request === latest.current) {
          setSuggestions(body);
          setActive(-1);
        }
      } catch {
        // An aborted or failed suggestion leaves the form as it is: Enter still searches.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, locale]);

  const searchHref = (q: string, province?: string): string =>
    `${paths.results}?${new URLSearchParams(province ? { q, province } : { q })}`;
  const options: Option[] = [];
  const option = (key: string, href: string) => {
    options.push({ id: `${id}-${key}`, href });
    return options.length - 1;
  };
  const products = (suggestions?.products ?? []).map((product) => ({
    ...product,
    index: option(`product-${product.handle}`, paths.product.replace(PRODUCT_HANDLE, encodeURIComponent(product.handle))),
  }));
  const producers = (suggestions?.producers ?? []).map((producer) => ({
    ...producer,
    index: option(`producer-${producer.name}`, searchHref(producer.name)),
  }));
  const provinces = (suggestions?.provinces ?? []).map((province) => ({
    ...province,
    index: option(`province-${province.code}`, searchHref(trimmed, province.code)),
  }));
  const seeAll = trimmed ? option("all", searchHref(trimmed)) : -1;
  const expanded = open && trimmed !== "" && suggestions !== null;
  const activeOption = expanded ? options[active] : undefined;

  const go = (href: string) => {
    setOpen(false);
    router.push(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (options.length === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(event.key === "ArrowDown" ? 0 : options.length - 1);
          return;
        }
        const down = event.key === "ArrowDown";
        setActive((current) => (down ? (current + 1) % options.length : current <= 0 ? options.length - 1 : current - 1));
        return;
      }
      case "Enter":
        if (activeOption) {
          event.preventDefault();
          go(activeOption.href);
        }
        return;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          setQuery("");
        }
        return;
    }
  };

  const optionProps = (index: number): OptionProps => ({
    id: options[index]?.id,
    role: "option" as const,
    "aria-selected": index === active,
    className: styles.option,
    // Keeps the focus in the input, so the list does not close before the click lands.
    onMouseDown: (event: { preventDefault: () => void }) => event.preventDefault(),
    onClick: () => {
      const target = options[index];
      if (target) go(target.href);
    },
    onMouseMove: () => setActive(index),
  });

  return (
    <search className={styles.search}>
      <form
        method="get"
        action={paths.results}
        className={styles.form}
        onSubmit={(event) => {
          if (!trimmed) return;
          event.preventDefault();
          go(searchHref(trimmed));
        }}
      >
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {words.label}
        </label>
        <div className={styles.field}>
          <input
            id={`${id}-input`}
            name="q"
            type="search"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-autocomplete="list"
            aria-activedescendant={activeOption?.id}
            autoComplete="off"
            enterKeyHint="search"
            maxLength={200}
            placeholder={words.placeholder}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
            }}
            onFocus={() => {
              setOpen(true);
              void loadSuggestionList();
            }}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            className={styles.input}
          />
          <button type="submit" className={styles.submit}>
            <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" className={styles.icon}>
              <circle cx="8.5" cy="8.5" r="5.75" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <span className={styles.submitLabel}>{words.submit}</span>
          </button>
          <div id={listboxId} role="listbox" aria-label={words.label} hidden={!expanded} className={styles.listbox}>
            {suggestions && (
              <Suspense fallback={null}>
                <SuggestionList
                  id={id}
                  headings={words}
                  words={suggestions.words}
                  products={products}
                  producers={producers}
                  provinces={provinces}
                  seeAll={seeAll}
                  optionProps={optionProps}
                />
              </Suspense>
            )}
          </div>
        </div>
        <div role="status" className="visually-hidden">
          {expanded ? suggestions.words.status : ""}
        </div>
      </form>
    </search>
  );
}

/** On the results page the box shows the query searched; it restarts when the query in the URL changes. */
export function SearchBoxFromUrl(props: Omit<SearchBoxProps, "initialQuery">) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const q = pathname === props.paths.results ? (searchParams.get("q") ?? "") : "";
  return <SearchBox key={q} initialQuery={q} {...props} />;
}
