"use client";
// The error boundary's words (app/[locale]/error.tsx), given by the layout in the page's language:
// Next renders the boundary itself, so it cannot take them as props, and a whole client message
// provider for three sentences would put a message formatter in every page's scripts.
import { createContext, type ReactNode, useContext } from "react";

export type ErrorWords = { title: string; body: string; retry: string };

const ErrorWordsContext = createContext<ErrorWords | null>(null);

export function ErrorWordsProvider({ words, children }: { words: ErrorWords; children: ReactNode }) {
  return <ErrorWordsContext.Provider value={words}>{children}</ErrorWordsContext.Provider>;
}

export function useErrorWords(): ErrorWords {
  const words = useContext(ErrorWordsContext);
  if (!words) throw new Error("useErrorWords() is used outside the layout's ErrorWordsProvider");
  return words;
}
