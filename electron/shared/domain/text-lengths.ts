/**
 * The longest text main accepts in each kind of field. The schemas validate with these and the window's inputs
 * take their maxLength from them, so a field never lets a person type what main would refuse.
 */
export const TEXT_LENGTHS = {
  /** A profile, category, focus window or limit name. */
  name: 60,
  /** A pause reason, the family-time message, an exclusion, a limit's app or site. */
  sentence: 200,
  /** A rule's pattern. */
  pattern: 300,
  /** An app, title or site typed into the rule tester. */
  sample: 500,
} as const;
