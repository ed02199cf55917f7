/**
 * What a curve file measures, from its title and header text: "prelievo"/"prelevata" →
 * metered withdrawal; "immissione"/"immessa" → metered injection; "consumo" with a word of
 * a submeter or an estimate ("sottocontatore", "lordo", "stima") → gross consumption.
 * Otherwise withdrawal: a distributor's download is what the meter withdrew.
 */
import type { CurveMeasure } from '../../model/curve-import';
import { normalizeHeader } from './headerText';

const INJECTION = /\s(immissione|immissioni|immessa|immessi|injection|injected|export|ceduta)\s/;
const WITHDRAWAL = /\s(prelievo|prelievi|prelevata|prelevati|withdrawal|withdrawn|import)\s/;
const GROSS = /\s(sottocontatore|submeter|lordo|lorda|gross|stima|stimato|stimata|estimate|estimated|fabbisogno)\s/;

export function detectMeasure(texts: readonly string[]): { measure: CurveMeasure; detected: boolean } {
  let inj = false;
  let wd = false;
  let gross = false;
  for (const raw of texts) {
    const t = ` ${normalizeHeader(raw)} `;
    if (INJECTION.test(t)) inj = true;
    if (WITHDRAWAL.test(t)) wd = true;
    if (GROSS.test(t)) gross = true;
  }
  // Both words (e.g. a title "prelievi e immissioni"): not decisive.
  if (inj && !wd) return { measure: 'injection', detected: true };
  if (wd && !inj) return { measure: 'withdrawal', detected: true };
  if (gross && !inj && !wd) return { measure: 'consumption', detected: true };
  return { measure: 'withdrawal', detected: false };
}

/** The POD written in a column header ("IT001E12345678", "POD IT001E12345678 kWh"), else null. */
export function podInHeader(header: string): string | null {
  const m = /IT\s*\d{3}\s*E\s*\d{8}/i.exec(header);
  return m ? m[0].replace(/\s+/g, '').toUpperCase() : null;
}
