/**
 * The outlook as a short message members can receive (chat, e-mail, notice board), in the
 * language asked: its sentences are catalogue messages (core/model/messages/advisor.*.ts).
 */
import { formatMessage } from '../model/messages';
import type { Outlook } from './outlook';

/** The Intl locale of a message language. */
const intlOf = (lang: 'it' | 'en') => (lang === 'it' ? 'it-IT' : 'en-GB');

/** "lunedì 1/6" / "Monday 1/6": the weekday in the language, day/month as members write it. */
function dayName(day: string, lang: 'it' | 'en'): string {
  const [y, m, d] = day.split('-').map(Number);
  const weekday = new Intl.DateTimeFormat(intlOf(lang), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
  return `${weekday} ${d}/${m}`;
}

export function outlookMessage(o: Outlook, lang: 'it' | 'en'): string {
  // Thousands grouped as everywhere else in the app ("1.169 kWh").
  const kWh = new Intl.NumberFormat(intlOf(lang), { maximumFractionDigits: 0, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions);
  const lines: string[] = [formatMessage({ code: 'advisor.outlook.message.title' }, lang)];
  const days = [...new Set(o.hours.map((h) => h.local.slice(0, 10)))];
  for (const day of days) {
    const ws = o.windows.filter((w) => w.day === day);
    const ofDay = o.hours.filter((h) => h.local.startsWith(day));
    const total = ofDay.reduce((s, h) => s + h.kWh, 0);
    // A day the 72 hours only graze (the first or last few hours, dawn or night) says nothing:
    // "little sun" there would be the window's edge, not the weather.
    if (ws.length === 0 && ofDay.length < 24) continue;
    const params = { day: dayName(day, lang), when: ws.map((w) => `${w.from}–${w.to}`).join(', '), kWh: kWh.format(total) };
    lines.push(formatMessage({ code: ws.length ? 'advisor.outlook.message.day-best' : 'advisor.outlook.message.day-none', params }, lang));
  }
  lines.push(formatMessage({ code: 'advisor.outlook.message.loads' }, lang));
  lines.push(`(${formatMessage(o.uncertainty, lang)})`);
  return lines.join('\n');
}
