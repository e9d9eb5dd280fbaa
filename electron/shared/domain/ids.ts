import { z } from 'zod';
import { TEXT_LENGTHS } from './text-lengths.ts';

/** Ids of profiles, windows, rules and categories: short, lower-case, safe in file names and i18n keys. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and dashes');

/** A category id: a built-in one or a user-defined one (same shape as other ids). */
export const categoryIdSchema = idSchema;

/** A name the user typed: trimmed, never empty. */
export const nameSchema = z.string().trim().min(1).max(TEXT_LENGTHS.name);

/** An ISO calendar date (yyyy-mm-dd) that exists. */
export const isoDateSchema = z.iso.date();

/** A local wall-clock time (HH:mm, 24-hour). */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm');

/** A local date and time without a zone (yyyy-mm-ddTHH:mm); the settings' time zone places it. */
export const localDateTimeSchema = z.iso.datetime({ local: true, precision: -1 });

/** A colour as #rrggbb. */
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb');
