/** Filing within 120 days for full retroactivity of the service [RO §2.2.1.1 p.33]. */
import type { RuleContext } from '../context';
import { addDays, fmtDate, maxDate } from '../dates';
import { countedCommissioningDate, isIncentivisable } from '../plant-power';
import { defineRule, finding, ro } from '../rule';
import type { Finding, RulesPlant } from '../types';

/** Last filing date that keeps the service starting at entry into operation (or at the decree date). */
export function filingDeadline(ctx: RuleContext, p: RulesPlant): { deadline: string; serviceFrom: string } | null {
  const date = countedCommissioningDate(p);
  if (date === null) return null;
  const days = ctx.t.filingWindowDays;
  const portal = ctx.t.portalOpeningDate;
  if (date < ctx.t.cacerDecreeInForceDate) {
    return { deadline: addDays(portal, days), serviceFrom: ctx.t.cacerDecreeInForceDate };
  }
  return { deadline: addDays(maxDate(date, portal), days), serviceFrom: date };
}

export const filingWindow = defineRule({
  id: 'filing.retroactivity-window',
  title: { code: 'rules.filing.retroactivity-window.title' },
  citations: [{ page: 33, keyword: '120 (centoventi) giorni' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      for (const p of ctx.plantsOf(c.id)) {
        if (!isIncentivisable(p)) continue;
        const w = filingDeadline(ctx, p);
        if (w === null) continue;
        const filed = c.filingDate ?? null;
        if (filed !== null) {
          if (filed <= w.deadline) continue;
          out.push(finding(this.id, 'warning', 'plant', p.id, ro(33),
            { code: 'rules.filing.retroactivity-window.request-after-deadline-contributions', params: { filed: fmtDate(filed), deadline: fmtDate(w.deadline), name: p.name, serviceFrom: fmtDate(w.serviceFrom) } },
            { code: 'rules.filing.retroactivity-window.file-within-days-entry' }));
        } else if (ctx.today !== null && ctx.today > w.deadline) {
          out.push(finding(this.id, 'warning', 'plant', p.id, ro(33),
            { code: 'rules.filing.retroactivity-window.deadline-passed-request-day', params: { deadline: fmtDate(w.deadline), name: p.name, serviceFrom: fmtDate(w.serviceFrom) } },
            { code: 'rules.filing.retroactivity-window.file-access-request-now' }));
        } else {
          out.push(finding(this.id, 'info', 'plant', p.id, ro(33),
            { code: 'rules.filing.retroactivity-window.service-start-file-request', params: { serviceFrom: fmtDate(w.serviceFrom), name: p.name, deadline: fmtDate(w.deadline) } },
            { code: 'rules.filing.retroactivity-window.plan-filing-gse-spc' }));
        }
      }
    }
    return out;
  },
});

export const FILING_RULES = [filingWindow];
