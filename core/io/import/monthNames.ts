/** Month names and abbreviations (Italian and English) → 1–12. */
const NAMES: Record<string, number> = {};
[
  ['gennaio', 'gen', 'january', 'jan'],
  ['febbraio', 'feb', 'february'],
  ['marzo', 'mar', 'march'],
  ['aprile', 'apr', 'april'],
  ['maggio', 'mag', 'may'],
  ['giugno', 'giu', 'june', 'jun'],
  ['luglio', 'lug', 'july', 'jul'],
  ['agosto', 'ago', 'august', 'aug'],
  ['settembre', 'set', 'sett', 'september', 'sep', 'sept'],
  ['ottobre', 'ott', 'october', 'oct'],
  ['novembre', 'nov', 'november'],
  ['dicembre', 'dic', 'december', 'dec'],
].forEach((names, i) => names.forEach((n) => (NAMES[n] = i + 1)));

export function monthFromName(s: string): number | null {
  return NAMES[s.trim().toLowerCase().replace(/\.$/, '')] ?? null;
}
