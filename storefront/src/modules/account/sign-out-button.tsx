// Signing out is a POST: a link could be followed by a prefetch or a crawler.
import { signOut } from "./actions";
import styles from "./account.module.css";

export function SignOutButton({ locale, label }: { locale: string; label: string }) {
  return (
    <form action={signOut}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={styles.linkButton}>
        {label}
      </button>
    </form>
  );
}
