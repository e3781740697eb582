// Structured data for search engines, as the page's own script element.
import { serializeJsonLd } from "@/lib/seo";

export function JsonLd({ data }: { data: Record<string, unknown> | Record<string, unknown>[] }) {
  // serializeJsonLd escapes "<", so no text from the catalogue can end the script early.
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be the script's raw text.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
