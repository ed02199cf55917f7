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
  title: { it: 'Richiesta entro 120 giorni per la decorrenza piena', en: 'Request within 120 days for full retroactivity' },
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
            { it: `Richiesta del ${fmtDate(filed)} oltre il termine del ${fmtDate(w.deadline)} per "${p.name}": si perdono i contributi dal ${fmtDate(w.serviceFrom)} al ${fmtDate(filed)}.`,
              en: `Request of ${fmtDate(filed)} after the ${fmtDate(w.deadline)} deadline for "${p.name}": contributions from ${fmtDate(w.serviceFrom)} to ${fmtDate(filed)} are lost.` },
            { it: 'Inviare la richiesta entro 120 giorni dall\'entrata in esercizio.', en: 'File within 120 days of entry into operation.' }));
        } else if (ctx.today !== null && ctx.today > w.deadline) {
          out.push(finding(this.id, 'warning', 'plant', p.id, ro(33),
            { it: `Termine del ${fmtDate(w.deadline)} per "${p.name}" superato senza richiesta: ogni giorno di ritardo perde i contributi dal ${fmtDate(w.serviceFrom)}.`,
              en: `The ${fmtDate(w.deadline)} deadline for "${p.name}" has passed with no request: each day of delay loses contributions since ${fmtDate(w.serviceFrom)}.` },
            { it: 'Inviare subito la richiesta di accesso al servizio.', en: 'File the access request now.' }));
        } else {
          out.push(finding(this.id, 'info', 'plant', p.id, ro(33),
            { it: `Per la decorrenza dal ${fmtDate(w.serviceFrom)}, inviare la richiesta per "${p.name}" entro il ${fmtDate(w.deadline)}.`,
              en: `For the service to start on ${fmtDate(w.serviceFrom)}, file the request for "${p.name}" by ${fmtDate(w.deadline)}.` },
            { it: 'Pianificare l\'invio della richiesta sul portale SPC del GSE.', en: 'Plan the filing on the GSE SPC portal.' }));
        }
      }
    }
    return out;
  },
});

export const FILING_RULES = [filingWindow];
