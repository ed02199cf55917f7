/**
 * Legal numbers used by the rules, as validated data. `resources/rules/thresholds.json` records
 * each value with its source and date; `parseThresholds` checks the parsed JSON (the caller
 * reads the file) and returns typed values. A new decree means a data change, not a code change.
 */

type Kind = 'number' | 'date' | 'string' | 'stringList';

/** Every key the rules need, with the kind of its value. */
export const THRESHOLD_SPEC = {
  cerMinMembers: 'number',
  aucMinParties: 'number',
  minConnectionPoints: 'number',
  aidMaxFinalCustomers: 'number',
  cerEligibleCategories: 'stringList',
  cerLocalEntityCategories: 'stringList',
  excludedAtecoCodes: 'stringList',
  renewableSources: 'stringList',
  minCommissioningDate: 'date',
  cacerDecreeInForceDate: 'date',
  maxIncentivisedPlantKw: 'number',
  cerMaxExistingPowerShare: 'number',
  maxCapitalGrantShare: 'number',
  filingWindowDays: 'number',
  portalOpeningDate: 'date',
  pnrrConfigurationTypes: 'stringList',
  pnrrMunicipalityPopulationBelow: 'number',
  pnrrMunicipalityPopulationBelowDm127: 'number',
  pnrrMaxPlantKw: 'number',
  pnrrApplicationDeadline: 'date',
  pnrrCommissioningMonthsFromAdmission: 'number',
  pnrrCommissioningDeadline: 'date',
  pnrrFinalRequestDeadline: 'date',
  podPattern: 'string',
  censimpPattern: 'string',
  substationCodePattern: 'string',
} as const satisfies Record<string, Kind>;

export type ThresholdKey = keyof typeof THRESHOLD_SPEC;

type ValueOf<K extends Kind> = K extends 'number' ? number : K extends 'stringList' ? string[] : string;

export type ThresholdValues = { [K in ThresholdKey]: ValueOf<(typeof THRESHOLD_SPEC)[K]> };

export interface ThresholdMeta {
  /** `[RO p.N]`, a named act, or a secondary reference. */
  source: string;
  /** Date (ISO, `YYYY-MM` or `YYYY-MM-DD`) of the source the value was taken from. */
  sourceDate: string;
  /** True when taken from a secondary source (not the primary texts in the reference folder). */
  secondary: boolean;
  unit?: string;
  note?: string;
}

export interface Thresholds {
  schemaVersion: number;
  values: ThresholdValues;
  meta: Record<ThresholdKey, ThresholdMeta>;
}

export class ThresholdsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid rules thresholds: ${problems.join('; ')}`);
    this.name = 'ThresholdsError';
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SOURCE_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkValue(key: string, kind: Kind, value: unknown, problems: string[]): boolean {
  switch (kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        problems.push(`${key}: expected a non-negative number`);
        return false;
      }
      return true;
    case 'date':
      if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
        problems.push(`${key}: expected an ISO date YYYY-MM-DD`);
        return false;
      }
      return true;
    case 'string':
      if (typeof value !== 'string' || value === '') {
        problems.push(`${key}: expected a non-empty string`);
        return false;
      }
      if (key.endsWith('Pattern')) {
        try {
          new RegExp(value);
        } catch {
          problems.push(`${key}: not a valid regular expression`);
          return false;
        }
      }
      return true;
    case 'stringList':
      if (!Array.isArray(value) || value.length === 0 || !value.every((s) => typeof s === 'string' && s !== '')) {
        problems.push(`${key}: expected a non-empty list of strings`);
        return false;
      }
      return true;
  }
}

/** Validate parsed `thresholds.json`; throws ThresholdsError listing every problem. */
export function parseThresholds(raw: unknown): Thresholds {
  const problems: string[] = [];
  if (!isRecord(raw)) throw new ThresholdsError(['root: expected an object']);
  if (raw['schemaVersion'] !== 1) problems.push('schemaVersion: expected 1');
  const entries = raw['values'];
  if (!isRecord(entries)) throw new ThresholdsError([...problems, 'values: expected an object']);

  const values: Record<string, unknown> = {};
  const meta: Record<string, ThresholdMeta> = {};
  for (const [key, kind] of Object.entries(THRESHOLD_SPEC) as [ThresholdKey, Kind][]) {
    const entry = entries[key];
    if (!isRecord(entry)) {
      problems.push(`${key}: missing`);
      continue;
    }
    if (!checkValue(key, kind, entry['value'], problems)) continue;
    const source = entry['source'];
    const sourceDate = entry['sourceDate'];
    if (typeof source !== 'string' || source.trim() === '') problems.push(`${key}: missing source`);
    if (typeof sourceDate !== 'string' || !SOURCE_DATE.test(sourceDate)) {
      problems.push(`${key}: sourceDate must be YYYY-MM or YYYY-MM-DD`);
    }
    const secondary = entry['secondary'] === true;
    if (secondary && typeof entry['note'] !== 'string') problems.push(`${key}: a secondary value needs a note`);
    values[key] = Array.isArray(entry['value']) ? [...(entry['value'] as string[])] : entry['value'];
    meta[key] = {
      source: String(source),
      sourceDate: String(sourceDate),
      secondary,
      ...(typeof entry['unit'] === 'string' ? { unit: entry['unit'] } : {}),
      ...(typeof entry['note'] === 'string' ? { note: entry['note'] } : {}),
    };
  }
  for (const key of Object.keys(entries)) {
    if (!(key in THRESHOLD_SPEC)) problems.push(`${key}: unknown key`);
  }
  const share = values['cerMaxExistingPowerShare'];
  if (typeof share === 'number' && share > 1) problems.push('cerMaxExistingPowerShare: must be a fraction ≤ 1');
  const grant = values['maxCapitalGrantShare'];
  if (typeof grant === 'number' && grant > 1) problems.push('maxCapitalGrantShare: must be a fraction ≤ 1');

  if (problems.length > 0) throw new ThresholdsError(problems);
  return {
    schemaVersion: 1,
    values: values as ThresholdValues,
    meta: meta as Record<ThresholdKey, ThresholdMeta>,
  };
}
