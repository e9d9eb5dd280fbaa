import { z } from 'zod';
import { categoryIdSchema, colourSchema, idSchema, nameSchema } from './ids.ts';
import { TEXT_LENGTHS } from './text-lengths.ts';

/** What part of an observation a rule looks at; 'app' covers the app name and the executable's file name. */
export const RULE_FIELDS = ['app', 'title', 'site'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** How a rule's pattern is read; all three ignore case. */
export const RULE_MATCHES = ['exact', 'glob', 'regex'] as const;
export type RuleMatch = (typeof RULE_MATCHES)[number];

/** One line of the ordered rule list: the first rule that matches decides the category. */
export const ruleSchema = z
  .object({
    id: idSchema,
    field: z.enum(RULE_FIELDS),
    match: z.enum(RULE_MATCHES),
    pattern: z.string().trim().min(1).max(TEXT_LENGTHS.pattern),
    category: categoryIdSchema,
  })
  .strict();
export type Rule = z.infer<typeof ruleSchema>;

/** A rule that an earlier rule in the same list always beats: it can never decide anything. */
export interface RuleShadow {
  ruleId: string;
  /** The earlier rule that wins instead. */
  by: string;
  /** The winner gives the same category: the later rule is only redundant, not wrong. */
  sameCategory: boolean;
}

/** A category the user added next to the built-in ones. */
export const userCategorySchema = z
  .object({
    id: categoryIdSchema,
    name: nameSchema,
    /** #rrggbb; without one the chart picks from its colour-blind-safe set. */
    colour: colourSchema.optional(),
  })
  .strict();
export type UserCategory = z.infer<typeof userCategorySchema>;
