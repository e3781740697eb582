/**
 * The one copy of the home page in the cache (app/[locale]/home/[edition]): the proxy sends "/" and
 * "/en" there, so each language is rendered once and kept until a tag it read is revalidated.
 */
export const HOME_EDITION = "current";
