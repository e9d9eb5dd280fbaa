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
