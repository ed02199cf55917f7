/**
 * The 3-day outlook as a one-page sheet for members: when to use the community's energy day
 * by day, the expected production hour by hour, each plant's total, and how sure it is.
 */
import { formatMessage } from '../model/messages';
import type { Outlook } from '../advisor/outlook';
import { outlookMessage } from '../advisor/outlook-message';
import type { ReportDocument } from './document';
import { reportFormat } from './format';
import { COLOURS } from './labels';

const W = {
  it: { title: 'Prossimi 3 giorni', when: "Quando usare l'energia", hours: 'Produzione prevista ora per ora', plants: 'Impianti', plant: 'Impianto', total: 'Prevista (kWh)', basisF: 'Previsione', basisC: 'Stima a cielo sereno (nessuna previsione)', page: 'Pagina', tz: 'ore locali' },
  en: { title: 'Next 3 days', when: 'When to use the energy', hours: 'Expected production hour by hour', plants: 'Plants', plant: 'Plant', total: 'Expected (kWh)', basisF: 'Forecast', basisC: 'Clear-sky estimate (no forecast)', page: 'Page', tz: 'local hours' },
} as const;

export function outlookSheet(o: Outlook, lang: 'it' | 'en', communityName: string): ReportDocument {
  const w = W[lang];
  const f = reportFormat(lang);
  const [, ...days] = outlookMessage(o, lang).split('\n');
  return {
    lang,
    title: `${w.title} — ${communityName}`,
    subtitle: `${o.basis === 'forecast' ? `${w.basisF} ${o.source}` : w.basisC} · ${w.tz} ${o.timeZone}`,
    footer: `${communityName} — ${w.title}`,
    contentsLabel: '',
    pageLabel: w.page,
    sections: [
      { title: w.when, blocks: [{ kind: 'bullets', items: days.map((d) => d.replace(/^• /, '')) }] },
      {
        title: w.hours,
        blocks: [
          {
            kind: 'chart',
            // The span the bars cover (the section already says what they are): "30/11 12:00 – 3/12 11:00, ore locali".
            title: `${dayHour(o.hours[0]?.local)} – ${dayHour(o.hours.at(-1)?.local)}, ${w.tz}`,
            spec: {
              chart: 'bars',
              data: {
                unit: 'kWh',
                // Every sixth hour labelled "dd/mm hh" would crowd: the hour alone, the day in the bullets.
                categories: o.hours.map((h, i) => (i % 6 === 0 ? h.local.slice(11, 13) : '')),
                series: [{ name: w.total, values: o.hours.map((h) => h.kWh), colour: COLOURS.shared }],
              },
            },
          },
        ],
      },
      {
        title: w.plants,
        blocks: [
          { kind: 'table', columns: [w.plant, 'kWp', w.total], rows: o.plants.map((p) => [p.name, f.num(p.kWp, 1), f.num(p.kWh)]), numeric: [false, true, true] },
          ...o.notes.map((n) => ({ kind: 'paragraph' as const, text: formatMessage(n, lang) })),
        ],
      },
    ],
  };
}

/** "2026-11-30T12:00…" → "30/11 12:00" (the local time's day/month and hour, as the bullets write days). */
function dayHour(local: string | undefined): string {
  if (!local) return '';
  return `${Number(local.slice(8, 10))}/${local.slice(5, 7)} ${local.slice(11, 16)}`;
}
