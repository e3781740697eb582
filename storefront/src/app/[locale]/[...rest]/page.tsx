// Any path the app does not know: the localized not-found page inside the site's layout. The proxy
// (src/proxy.ts) answers these paths with status 404; the page renders the notice itself instead of
// calling notFound(), so the HTML holds it even without JavaScript.
import NotFound from "../not-found";

export default function UnknownPage() {
  return <NotFound />;
}
