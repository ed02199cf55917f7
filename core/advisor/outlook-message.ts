/** The outlook as a short message members can receive (chat, e-mail, notice board). */
import { formatMessage } from '../model/messages';
import type { Outlook } from './outlook';

const DAY_IT = ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'];
const DAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function dayName(day: string, lang: 'it' | 'en'): string {
  const [y, m, d] = day.split('-').map(Number);
  const w = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
  return lang === 'it' ? `${DAY_IT[w]} ${d}/${m}` : `${DAY_EN[w]} ${d}/${m}`;
}

export function outlookMessage(o: Outlook, lang: 'it' | 'en'): string {
  const kWh = new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 0, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions);
  const lines: string[] = [];
  lines.push(lang === 'it' ? 'Prossimi giorni: quando usare l\'energia della comunità' : 'Next days: when to use the community\'s energy');
  const days = [...new Set(o.hours.map((h) => h.local.slice(0, 10)))];
  for (const day of days) {
    const ws = o.windows.filter((w) => w.day === day);
    const ofDay = o.hours.filter((h) => h.local.startsWith(day));
    const total = ofDay.reduce((s, h) => s + h.kWh, 0);
    // A day the window only grazes at night (the first or last few hours) says nothing.
    if (total === 0 && ofDay.length < 24) continue;
    const when = ws.map((w) => `${w.from}–${w.to}`).join(', ');
    lines.push(
      lang === 'it'
        ? `• ${dayName(day, 'it')}: ${ws.length ? `meglio tra le ${when}` : 'poco sole, nessuna fascia consigliata'} (produzione prevista ${kWh.format(total)} kWh)`
        : `• ${dayName(day, 'en')}: ${ws.length ? `best ${when}` : 'little sun, no suggested hours'} (expected production ${kWh.format(total)} kWh)`,
    );
  }
  lines.push(
    lang === 'it'
      ? 'In quelle ore avviate lavatrice, lavastoviglie, scaldabagno a pompa di calore, ricarica dell\'auto.'
      : 'In those hours run the washing machine, dishwasher, heat-pump water heater, car charging.',
  );
  lines.push(`(${formatMessage(o.uncertainty, lang)})`);
  return lines.join('\n');
}
