"use client";

import { useErrorWords } from "@/components/error-words";
import { StoreNotice } from "@/components/store-notice";

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const words = useErrorWords();
  return (
    <StoreNotice
      title={words.title}
      action={
        <button type="button" className="button" onClick={() => retry()}>
          {words.retry}
        </button>
      }
    >
      <p>{words.body}</p>
    </StoreNotice>
  );
}
