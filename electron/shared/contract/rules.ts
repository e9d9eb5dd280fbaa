import { z } from 'zod';
import { call } from './define.ts';
import { idSchema } from '../domain/ids.ts';
import { ruleSchema, type Rule, type RuleShadow } from '../domain/rules.ts';
import type { CategoryId } from '../domain/usage.ts';
import { TEXT_LENGTHS } from '../domain/text-lengths.ts';

/** What the live rule tester answers: the category and the rule that decided it. */
export interface SampleCategory {
  category: CategoryId;
  /** The deciding rule and whether it is the profile's override; null means no rule matched ('other'). */
  rule: (Rule & { from: 'profile' | 'shared' }) | null;
  /** The site the matcher saw (given, or recognised in a browser title); absent when none. */
  site?: string;
}

/** An app or site with recent attention time that no rule categorises yet. */
export interface UnmatchedEntry {
  kind: 'app' | 'site';
  name: string;
  ms: number;
}

export interface UnmatchedReport {
  /** The days looked back over, ending now. */
  days: number;
  items: UnmatchedEntry[];
}

const text = z.string().trim().max(TEXT_LENGTHS.sample);

export const ruleCalls = {
  /** Categorises a sample window with the real rules ("this title → social"), with a profile's overrides first. */
  categoriseSample: call<SampleCategory>()(
    z
      .object({
        app: text.min(1),
        title: text.optional(),
        site: text.optional(),
        profileId: idSchema.optional(),
      })
      .strict(),
  ),
  /** Which rules of an ordered list (saved or not) an earlier rule of the same list always beats. */
  getRuleShadows: call<RuleShadow[]>()(z.object({ rules: z.array(ruleSchema).max(5000) }).strict()),
  /** Apps and sites seen in the last `days` days (default 7) that no shared rule matches, most time first. */
  getUnmatchedUsage: call<UnmatchedReport>()(
    z
      .object({ days: z.int().min(1).max(90).optional() })
      .strict()
      .optional(),
  ),
};
