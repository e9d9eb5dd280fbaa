/** What is wrong with one field, right under it (and named by its aria-describedby), in the user's language. */
export function FieldIssue({ id, text }: { id: string; text: string | null }) {
  if (!text) return null;
  return (
    <p id={id} className="state-error field-issue">
      {text}
    </p>
  );
}
