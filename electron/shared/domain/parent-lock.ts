import { z } from 'zod';

/**
 * Rate limiting of parent-PIN attempts, as saved with the PIN hash (so quitting Balans does not reset the delay).
 */
export const pinAttemptsSchema = z.object({
  /** Wrong PINs in a row. */
  failures: z.int().nonnegative(),
  /** No attempt is checked before this instant (ms since epoch). */
  lockedUntil: z.number(),
});
export type PinAttempts = z.infer<typeof pinAttemptsSchema>;

/** The scrypt cost the PIN hash was made with. */
export const scryptParamsSchema = z.object({
  N: z.int().positive(),
  r: z.int().positive(),
  p: z.int().positive(),
  keyLength: z.int(),
});
export type ScryptParams = z.infer<typeof scryptParamsSchema>;

/** The parent lock as it is kept: in the lock file, and the same record mirrored in the usage database. */
export const lockRecordSchema = z.object({
  version: z.literal(1),
  salt: z.string().min(1),
  scrypt: scryptParamsSchema,
  hash: z.string().min(1).nullable(),
  attempts: pinAttemptsSchema,
  /** A keyed digest of `attempts`, so editing the counter in the file shows. */
  attemptsMac: z.string().optional(),
});
export type LockRecord = z.infer<typeof lockRecordSchema>;

/** What was found wrong with the parent lock's records, or done to the overlay (each kept for the parent to see). */
export const TAMPER_KINDS = [
  'lock-file-missing',
  'lock-file-damaged',
  'lock-file-replaced',
  'mirror-missing',
  'mirror-damaged',
  'mirror-replaced',
  'marker-missing',
  'attempts-edited',
  'lock-lost',
  /** boundary-memory.json held a pause "made with the PIN" that this lock never signed. */
  'pause-forged',
  /** settings.json was edited outside Balans so that family time got weaker; the schedule was put back. */
  'schedule-edited',
  /** The signed copy of the schedule in the usage database did not match its signature. */
  'schedule-copy-edited',
  /** Another window took the top of the screen from the family-time overlay; Balans raised the overlay again. */
  'overlay-covered',
  /** The family-time overlay was closed or killed by someone other than Balans; Balans opened it again. */
  'overlay-closed',
] as const;
export type TamperKind = (typeof TAMPER_KINDS)[number];

/** One tampering found, kept for the parent to see. */
export const tamperRecordSchema = z.object({
  kind: z.enum(TAMPER_KINDS),
  /** When Balans found it (ms since epoch). */
  at: z.number(),
});
export type TamperRecord = z.infer<typeof tamperRecordSchema>;
