/** Messages about a rule set, each with a stable code and the rule it names. */
import { bilingual, type Message } from '../model/messages';
import type { SharingProblem } from './types';

export function problem(code: string, message: Message, where: { ruleId?: string; substation?: string } = {}): SharingProblem {
  return { code, ...where, message, ...bilingual(message) };
}

/** Thrown by the division when a rule set cannot be applied; nothing is divided. */
export class SharingRuleError extends Error {
  constructor(readonly problems: SharingProblem[]) {
    super(problems.map((p) => p.en).join('; '));
    this.name = 'SharingRuleError';
  }

  /** The API's error shape (core/api/common/errors ReportableError, matched by shape): a bad request. */
  toApiErrorData(): { code: 'bad-request'; message: string; messageIt: string; field: string } {
    return { code: 'bad-request', message: this.message, messageIt: this.problems.map((p) => p.it).join('; '), field: 'ruleSet' };
  }
}

/** Formats euros for messages: 1234.5 → "1234.50". */
export const eur = (x: number): string => x.toFixed(2);
