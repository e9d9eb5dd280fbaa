import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
// The scrypt cost is saved with the hash, so it can be raised later without breaking existing PINs.
import type { ScryptParams } from '../../../shared/domain/parent-lock.ts';

/** About 0.1 s and 32 MiB per check: cheap for a parent, expensive for guessing a short PIN offline. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };

/** A new random salt for this installation (base64). */
export function newSalt(): string {
  return randomBytes(16).toString('base64');
}

function derive(pin: string, salt: string, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), Buffer.from(salt, 'base64'), params.keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** The scrypt hash of a PIN (base64). */
export async function hashPin(pin: string, salt: string, params: ScryptParams): Promise<string> {
  return (await derive(pin, salt, params)).toString('base64');
}

/** Whether a PIN matches a stored hash, compared in constant time. */
export async function pinMatches(
  pin: string,
  salt: string,
  params: ScryptParams,
  hash: string,
): Promise<boolean> {
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(pin, salt, params);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** An HMAC-SHA256 keyed with the PIN hash (base64url): only a record holding that hash can produce it. */
export function keyedDigest(hash: string, message: string): string {
  return createHmac('sha256', Buffer.from(hash, 'base64')).update(message).digest('base64url');
}

/** Whether two digests are the same, compared in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
