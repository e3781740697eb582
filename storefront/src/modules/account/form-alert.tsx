// The sentence for what went wrong beyond one field (wrong password, backend down); focusable, so
// the form can move the focus to it, and announced as an alert when it appears.
export function FormAlert({ message, className }: { message: string; className?: string }) {
  return (
    <p role="alert" tabIndex={-1} data-form-alert className={className}>
      {message}
    </p>
  );
}
