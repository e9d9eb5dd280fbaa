import { z } from 'zod';
import { categoryIdSchema, colourSchema, idSchema, nameSchema } from './ids.ts';
import { ruleSchema } from './rules.ts';
import type { WindowKind } from './focus-windows.ts';
import type { CategoryId } from './usage.ts';
import { TEXT_LENGTHS } from './text-lengths.ts';

/** What happens when a category is used where the profile draws a boundary, from mild to strict. */
export const BOUNDARY_ACTIONS = ['nothing', 'notify', 'nudge', 'block'] as const;

/** The profiles every installation has; they can be edited but not deleted. */
export const BUILT_IN_PROFILE_IDS = ['professional', 'private'] as const;

/** The names the built-in profiles start with; the UI shows them translated until the user renames them. */
export const BUILT_IN_PROFILE_NAMES: Record<(typeof BUILT_IN_PROFILE_IDS)[number], string> = {
  professional: 'Professional',
  private: 'Private',
};

/** What using each category does while a profile is active, in one kind of window (null: outside any window). */
export interface ProfileEffect {
  kind: WindowKind | null;
  triggers: Record<CategoryId, BoundaryAction>;
}

export const boundaryActionSchema = z.enum(BOUNDARY_ACTIONS);
export type BoundaryAction = z.infer<typeof boundaryActionSchema>;

/** What a daily limit counts: a whole category, one app, or one site. */
export const limitTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('category'), category: categoryIdSchema }).strict(),
  z.object({ kind: z.literal('app'), app: z.string().trim().min(1).max(TEXT_LENGTHS.sentence) }).strict(),
  z.object({ kind: z.literal('site'), site: z.string().trim().min(1).max(TEXT_LENGTHS.sentence) }).strict(),
]);

/** A daily limit: at least a minute, at most the whole day. */
export const LIMIT_MINUTES = { min: 1, max: 24 * 60 } as const;

export type LimitTarget = z.infer<typeof limitTargetSchema>;

/** A daily limit; reaching it triggers the profile's action for the target's category. */
export const dailyLimitSchema = z
  .object({
    target: limitTargetSchema,
    minutesPerDay: z.int().min(LIMIT_MINUTES.min).max(LIMIT_MINUTES.max),
  })
  .strict();
export type DailyLimit = z.infer<typeof dailyLimitSchema>;

/** Where a daily limit stands: under 80 %, past the heads-up, or reached. */
export const LIMIT_STAGES = ['under', 'heads-up', 'reached'] as const;
export type LimitStage = (typeof LIMIT_STAGES)[number];

/** One daily limit measured against a day's time, as the policy measures it (main decides, screens draw it). */
export const limitProgressSchema = z
  .object({
    limit: dailyLimitSchema,
    usedMs: z.number().nonnegative(),
    allowedMs: z.number().positive(),
    stage: z.enum(LIMIT_STAGES),
  })
  .strict();
export type LimitProgress = z.infer<typeof limitProgressSchema>;

/** A boundary between parts of life: its own rules, limits and actions. */
export const profileSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    colour: colourSchema,
    /** Name of an icon in the renderer's icon set. */
    icon: z.string().min(1).max(40),
    /** Rules checked before the shared rule list while this profile is active (LinkedIn is work in Professional). */
    ruleOverrides: z.array(ruleSchema).max(500),
    limits: z.array(dailyLimitSchema).max(200),
    /** Boundary action per category; a category not listed gets 'nothing'. */
    actions: z.partialRecord(categoryIdSchema, boundaryActionSchema),
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;
