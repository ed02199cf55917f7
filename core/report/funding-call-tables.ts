/**
 * A funding-call assessment as sheets: the call (every value with its source), the plants
 * (eligible cost, grant) and the timeline (each plant against each deadline). Money stays a
 * number so the workbook can sum it; a date cell stays ISO text (the xlsx writer makes it an Excel
 * date), a date inside a text is written as the reader writes it.
 */
import type { FundingCallAssessment, TimelineRow } from './funding-call';
import type { Cell, SheetTable } from './tables';
import { reportFormat } from './format';

type Lang = 'it' | 'en';
const yesNo = (b: boolean | null, lang: Lang): Cell => (b === null ? null : lang === 'it' ? (b ? 'sì' : 'no') : b ? 'yes' : 'no');
const state = (r: TimelineRow, lang: Lang) => (r.past ? (lang === 'it' ? 'scaduta' : 'past') : lang === 'it' ? 'da venire' : 'upcoming');

export function fundingCallTables(a: FundingCallAssessment, lang: Lang = 'it'): SheetTable[] {
  const it = lang === 'it';
  const f = reportFormat(lang);
  const c = a.call;
  const flag = a.template ? (it ? 'MODELLO, valori segnaposto' : 'TEMPLATE, placeholder values') : a.closed ? (it ? 'chiuso, date per riferimento' : 'closed, dates for reference') : it ? 'aperto' : 'open';
  const callRows: Cell[][] = [
    [it ? 'Bando' : 'Call', c.title[lang], c.source],
    [it ? 'Stato al' : 'Status on', `${f.date(a.today)}: ${flag}`, null],
    [it ? 'Quota di contributo' : 'Grant share', c.grantShare.value, c.grantShare.source],
    [it ? 'Potenza massima (kW)' : 'Maximum power (kW)', c.maxPowerKw.value, c.maxPowerKw.source],
    [it ? 'Spese tecniche, quota massima' : 'Soft costs, maximum share', c.softCostMaxShare.value, c.softCostMaxShare.source],
    [it ? 'Solo impianti nuovi o potenziamenti' : 'New plants or upgrades only', yesNo(c.newPlantsOnly.value, lang), c.newPlantsOnly.source],
    ...c.costCaps.bands.map((b): Cell[] => [`${it ? 'Massimale fino a' : 'Cap up to'} ${b.upToKw} kW (€/kW)`, b.eurPerKw, c.costCaps.source]),
    ...c.beneficiaries.value.map((b): Cell[] => [it ? 'Beneficiari' : 'Beneficiaries', b[lang], c.beneficiaries.source]),
    ...a.timeline.map((r): Cell[] => [r.label[lang], `${f.date(r.date)} (${state(r, lang)})`, r.source]),
    ...(c.note ? [[it ? 'Nota' : 'Note', c.note[lang], null] as Cell[]] : []),
  ];
  const plants: SheetTable = {
    name: it ? 'Impianti' : 'Plants',
    caption: it ? 'Costo ammissibile = min(costo, massimale × kW); contributo = quota del bando × costo ammissibile' : 'Eligible cost = min(cost, cap × kW); grant = call share × eligible cost',
    columns: it
      ? ['Impianto', 'Potenza (kW)', 'Ammissibile', 'Motivi', 'Massimale (€/kW)', 'Massimale impianto (€)', 'Costo (€)', 'Costo ipotizzato = massimale', 'Costo ammissibile (€)', 'Contributo massimo (€)', 'Contributo previsto (€)']
      : ['Plant', 'Power (kW)', 'Eligible', 'Reasons', 'Cap (€/kW)', 'Plant cap (€)', 'Cost (€)', 'Cost assumed = cap', 'Eligible cost (€)', 'Maximum grant (€)', 'Planned grant (€)'],
    rows: [
      ...a.plants.map((p): Cell[] => [p.name, p.kWp, yesNo(p.eligible, lang), p.reasons.map((r) => r[lang]).join('; ') || null, p.capEurPerKw, p.costCapEur, p.costEur, yesNo(p.costAssumed, lang), p.eligibleCostEur, p.grantEur, p.plannedGrantEur]),
      [it ? 'Totale' : 'Total', null, null, null, null, null, null, null, a.totals.eligibleCostEur, a.totals.grantEur, a.totals.plannedGrantEur],
    ],
  };
  const timeline: SheetTable = {
    name: it ? 'Scadenze' : 'Timeline',
    caption: it ? `Scadenze del bando al ${f.date(a.today)}: giorni mancanti (negativi se scadute) e data dell'impianto` : `Call deadlines on ${f.date(a.today)}: days left (negative once past) and the plant's date`,
    columns: it ? ['Impianto', 'Scadenza', 'Data', 'Stato', 'Giorni mancanti', "Data dell'impianto", 'Rispettata', 'Fonte'] : ['Plant', 'Deadline', 'Date', 'Status', 'Days left', 'Plant date', 'Met', 'Source'],
    rows: a.plants.flatMap((p) => p.timeline.map((r): Cell[] => [p.name, r.label[lang], r.date, state(r, lang), r.daysLeft, r.plantDate, yesNo(r.meets, lang), r.source])),
  };
  return [{ name: it ? 'Bando' : 'Call', caption: `${c.title[lang]} — ${c.source}`, columns: it ? ['Voce', 'Valore', 'Fonte'] : ['Item', 'Value', 'Source'], rows: callRows }, plants, timeline];
}
