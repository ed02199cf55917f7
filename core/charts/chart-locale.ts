/**
 * What a chart needs to speak the user's language, built from the language alone (no global
 * state), so option builders stay pure and the screen (renderer) and the report (core/io/pdf)
 * draw the same chart with the same words. The chart labels live here, not in the renderer's
 * dictionary, because the report has no renderer.
 */
export type ChartLang = 'it' | 'en';

const TEXT = {
  it: {
    'eco.net': 'Netto annuo',
    'eco.cumulative': 'Cumulato',
    'eco.incentive': 'Incentivo (TIP)',
    'eco.npv': 'VAN 20 anni',
    'eco.sc.P50': 'P50',
    'eco.sc.P90': 'P90 (produzione prudente)',
    'eco.sc.pzLow': 'Prezzo zonale basso',
    'eco.sc.pzHigh': 'Prezzo zonale alto',
    'share.diff': 'Variazione',
    'sim.production': 'Produzione',
    'sim.consumption': 'Consumi',
    'sim.shared': 'Condivisa',
    'sim.injected': 'Immessa',
    'sim.withdrawn': 'Prelevata',
    'flow.selfConsumed': 'Autoconsumo fisico',
    'flow.sold': 'Immessa non condivisa',
    'flow.grid': 'Prelievo dalla rete',
    'flow.consumption': 'Consumi dei membri',
    'flow.storage': 'Accumulo e perdite',
    'heat.day': 'Giorno dell’anno',
    'heat.hour': 'Ora',
    'duration.hours': 'Ore dell’anno (ordinate)',
    'duration.withdrawal': 'Prelievo',
    'driver.capex': 'Investimento',
    'driver.production': 'Produzione',
    'driver.incentive': 'Incentivo',
    'driver.energySalePrice': 'Prezzo di vendita',
    'driver.billPrice': 'Prezzo in bolletta',
    'driver.valorisation': 'Valorizzazione',
    'driver.opex': 'Manutenzione',
    'driver.discountRate': 'Tasso di sconto',
    'adv.outlook.production': 'Produzione prevista',
    'adv.shared': 'Energia condivisa',
    'adv.npv': 'VAN',
    'adv.best': 'Migliore',
    'adv.noStorage': 'Senza accumulo',
    'adv.storageSize': 'Accumulo',
  },
  en: {
    'eco.net': 'Yearly net',
    'eco.cumulative': 'Cumulative',
    'eco.incentive': 'Incentive (TIP)',
    'eco.npv': 'NPV 20 years',
    'eco.sc.P50': 'P50',
    'eco.sc.P90': 'P90 (prudent production)',
    'eco.sc.pzLow': 'Low zonal price',
    'eco.sc.pzHigh': 'High zonal price',
    'share.diff': 'Change',
    'sim.production': 'Production',
    'sim.consumption': 'Consumption',
    'sim.shared': 'Shared',
    'sim.injected': 'Injected',
    'sim.withdrawn': 'Withdrawn',
    'flow.selfConsumed': 'Physical self-consumption',
    'flow.sold': 'Injected, not shared',
    'flow.grid': 'Withdrawn from the grid',
    'flow.consumption': "Members' consumption",
    'flow.storage': 'Storage and losses',
    'heat.day': 'Day of the year',
    'heat.hour': 'Hour',
    'duration.hours': 'Hours of the year (sorted)',
    'duration.withdrawal': 'Withdrawal',
    'driver.capex': 'Investment',
    'driver.production': 'Production',
    'driver.incentive': 'Incentive',
    'driver.energySalePrice': 'Sale price',
    'driver.billPrice': 'Bill price',
    'driver.valorisation': 'Valorisation',
    'driver.opex': 'O&M',
    'driver.discountRate': 'Discount rate',
    'adv.outlook.production': 'Expected production',
    'adv.shared': 'Shared energy',
    'adv.npv': 'NPV',
    'adv.best': 'Best',
    'adv.noStorage': 'No storage',
    'adv.storageSize': 'Storage',
  },
} as const;

export type ChartTextKey = keyof (typeof TEXT)['it'];

export interface ChartLocale {
  locale: ChartLang;
  /** Short month names, January first. */
  months: string[];
  text(key: ChartTextKey): string;
  /** A number in the locale's format with exactly `digits` decimals ("1.234,5" in Italian). */
  number(value: number, digits: number): string;
  /** At most `digits` decimals, for axis ticks and sizes as typed (40, 7,5). */
  numberUpTo(value: number, digits: number): string;
}

const MONTHS: Record<ChartLang, string[]> = {
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export function monthNames(locale: ChartLang): string[] {
  return MONTHS[locale];
}

export function chartLocale(locale: ChartLang): ChartLocale {
  const intl = locale === 'it' ? 'it-IT' : 'en-GB';
  return {
    locale,
    months: MONTHS[locale],
    text: (key) => TEXT[locale][key],
    // Thousands grouped from four digits on ("9.000" under "12.000"), as the reports and the UI.
    // Exactly `digits` decimals: a label or tooltip reads like its neighbours (6,0 MWh beside 15,8 MWh; 12,50 €).
    number: (value, digits) => new Intl.NumberFormat(intl, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions).format(value),
    numberUpTo: (value, digits) => new Intl.NumberFormat(intl, { maximumFractionDigits: digits, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions).format(value),
  };
}

/** ECharts hands formatters a loosely typed value; ours are always plain numbers. */
export const asNumber = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

/** Series colours shared by the energy and money charts, on screen and in the report. */
export const COLOURS = {
  production: '#f2a900',
  consumption: '#5b6b63',
  shared: '#1f7a4d',
  injected: '#e07b39',
  withdrawn: '#3b6fb6',
  net: '#3b6fb6',
  cumulative: '#1f7a4d',
  low: '#e07b39',
  high: '#1f7a4d',
  storage: '#9a9a9a',
} as const;
