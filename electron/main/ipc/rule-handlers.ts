import type { ruleCalls } from '../../shared/contract/rules.ts';
import type { RulesService } from '../services/rules-service.ts';
import type { Handlers } from './handler-table.ts';

/** The rule editor's calls: the live tester and the unmatched apps and sites. */
export function ruleHandlers(service: RulesService): Pick<Handlers, keyof typeof ruleCalls> {
  return {
    categoriseSample: (input) => service.categoriseSample(input),
    getRuleShadows: ({ rules }) => service.shadows(rules),
    getUnmatchedUsage: (input) => service.unmatched(input?.days),
  };
}
