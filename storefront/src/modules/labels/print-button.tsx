"use client";
// The sheet's one interactive part: the browser's print dialog, set for A4 by the page's print styles.
export function PrintButton({ children }: { children: React.ReactNode }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {children}
    </button>
  );
}
