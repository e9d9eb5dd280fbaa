import './truncated.css';

/**
 * A user-given name that may be very long (a 60-character profile name, a 200-character exclusion): cut with an
 * ellipsis where the room ends, the whole text in the tooltip, so it never widens the page.
 */
export function Truncated({ text, className }: { text: string; className?: string }) {
  return (
    <span className={className ? `truncate ${className}` : 'truncate'} title={text}>
      {text}
    </span>
  );
}
