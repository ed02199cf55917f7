/** Numbers, money and dates of a report in its language: Italian "1.234,5", English "1,234.5". */
export interface ReportFormat {
  lang: 'it' | 'en';
  num(value: number, digits?: number): string;
  eur(value: number, digits?: number): string;
  /** Money to the cent, always with two decimals: "921,00 €". */
  cents(value: number): string;
  pct(fraction: number, digits?: number): string;
  /** Exactly `digits` decimals, for a column of figures ("34,0" under "23,1"). */
  fixed(value: number, digits: number): string;
  date(iso: string | null): string;
  months: string[];
}

const MONTHS = {
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export function reportFormat(lang: 'it' | 'en'): ReportFormat {
  const locale = lang === 'it' ? 'it-IT' : 'en-GB';
  // useGrouping 'always': Intl leaves 4-digit Italian numbers ungrouped ("1234") by default.
  const n = (digits: number, min = 0) => new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: digits, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions);
  return {
    lang,
    num: (v, d = 0) => (Number.isFinite(v) ? n(d).format(v) : '—'),
    eur: (v, d = 0) => (Number.isFinite(v) ? `${n(d).format(v)} €` : '—'),
    cents: (v) => (Number.isFinite(v) ? `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions).format(v)} €` : '—'),
    // Fixed decimals: percentages side by side read alike ("6,0%" beside "25,7%").
    pct: (f, d = 1) => (Number.isFinite(f) ? `${n(d, d).format(f * 100)}%` : '—'),
    fixed: (v, d) => (Number.isFinite(v) ? n(d, d).format(v) : '—'),
    date: (iso) => {
      if (!iso) return '—';
      const [y, m, d] = iso.slice(0, 10).split('-');
      return lang === 'it' ? `${d}/${m}/${y}` : `${d}/${m}/${y}`;
    },
    months: MONTHS[lang],
  };
}
