/**
 * The title of a rule, by its id, in the UI's language: the national rules and the project's
 * local rules as the rules store holds them (`local.<id>` for a local rule). An id the store
 * does not know (not checked yet) is shown as it is.
 */
import { useRulesStore } from '../stores/useRulesStore';
import { useI18n } from '../i18n';

export function useRuleTitle(): (ruleId: string) => string {
  const rules = useRulesStore();
  const { tm } = useI18n();
  return (ruleId: string) => {
    const national = rules.result?.rules.find((r) => r.id === ruleId);
    const local = ruleId.startsWith('local.') ? rules.localRules?.rules.find((r) => `local.${r.id}` === ruleId) : undefined;
    const title = national?.title ?? local?.title;
    return title ? tm(title) : ruleId;
  };
}
