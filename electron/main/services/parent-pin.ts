import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { ParentPin } from '../../shared/domain/settings.ts';

/** Hashes a PIN with a fresh salt (scrypt), so the settings file never holds the PIN itself. */
export function hashPin(pin: string): ParentPin {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: scryptSync(pin, salt, 32).toString('hex') };
}

/** Whether the PIN matches the stored hash; compared in constant time. */
export function pinMatches(pin: string, stored: ParentPin): boolean {
  const actual = scryptSync(pin, stored.salt, 32);
  return timingSafeEqual(actual, Buffer.from(stored.hash, 'hex'));
}
