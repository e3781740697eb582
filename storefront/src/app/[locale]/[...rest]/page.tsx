// Any path the app does not know renders the localized not-found page inside the site's layout.
import { notFound } from "next/navigation";

export default function UnknownPage() {
  notFound();
}
