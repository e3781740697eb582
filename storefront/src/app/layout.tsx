// The real root layout is app/[locale]/layout.tsx (it sets <html lang>); this one only lets
// app/not-found.tsx exist for requests that never reach a locale.
import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
