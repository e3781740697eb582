// A counter form's refusal: one sentence, announced as it appears, nothing when there is none.
import styles from "./pos.module.css";

export function FormAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className={styles.error} role="alert">
      {message}
    </p>
  ) : null;
}
