/**
 * Energy (kWh per interval) or average power (kW) from header and title text:
 * "kWh", "Energia", "Consumo", "Prelievo" → kWh; "kW", "Potenza" → kW. "Attiva" alone
 * (energia/potenza attiva) is not decisive. Conflicting or no hints → 'unknown' (the UI asks).
 */
import { normalizeHeader } from './headerText';

export function detectUnit(texts: string[]): 'kWh' | 'kW' | 'unknown' {
  let energy = 0;
  let power = 0;
  for (const raw of texts) {
    const t = ` ${normalizeHeader(raw)} `;
    if (/\s(kwh|wh|mwh)\s/.test(t)) energy += 2;
    if (/\s(kw|w|mw)\s/.test(t)) power += 2;
    if (/\s(energia|consumo|consumi|prelievo|prelevata|immessa|energy|consumption)\s/.test(t)) energy += 1;
    if (/\s(potenza|power|demand)\s/.test(t)) power += 1;
  }
  if (energy > power) return 'kWh';
  if (power > energy) return 'kW';
  return 'unknown';
}
