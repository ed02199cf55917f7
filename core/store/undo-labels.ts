/**
 * The human label of an undo step, in Italian and English, read from what the step's log
 * rows say: "Modifica potenza impianto FV Scuola", "Eliminazione area AC001E00123",
 * "Aggiunta di 12 membri". The entity the user acted on is the first of the step's tables in
 * `PRIORITY` (deleting a member also deletes its PODs and clears plants' owner: the label
 * names the member). The words live in the catalogue (`history.*` in core/model/messages);
 * the stored labels (undo_steps.label_it/label_en) are rendered from them when the step is written.
 */
import { bilingual, type Message, type MessageCode } from '../model/messages';

export interface StepLabel {
  it: string;
  en: string;
}

export interface LogEntry {
  tbl: string;
  op: 'insert' | 'update' | 'delete';
  rowId: number;
  entity: string | null;
  cols: string;
}

/** Tables the user acts on, most telling first (their nouns are `history.noun.<table>`). */
const PRIORITY = ['community', 'configurations', 'members', 'plants', 'substation_areas', 'attachments', 'sharing_rules', 'local_rules', 'load_curves', 'production_series', 'bills', 'gse_statements', 'meta', 'connection_points', 'member_registry', 'quality_reports'] as const;
type Table = (typeof PRIORITY)[number];

/** Project settings kept in `meta`, by key. */
const META_NAMES: Record<string, MessageCode> = {
  parameter_overrides: 'history.setting.parameter_overrides',
  weather_file: 'history.setting.weather_file',
  zonal_prices_hourly: 'history.setting.zonal_prices_hourly',
};

/** Fields by column name (the same name means the same thing in every table). */
const FIELDS: Record<string, MessageCode> = {
  name: 'history.field.name',
  category: 'history.field.category',
  tax_code: 'history.field.tax_code',
  ateco: 'history.field.ateco',
  lat: 'history.field.position',
  lon: 'history.field.position',
  vulnerable: 'history.field.vulnerable',
  configuration_id: 'history.field.configuration_id',
  annual_kwh: 'history.field.annual_kwh',
  load_profile: 'history.field.load_profile',
  located_area_code: 'history.field.located_area_code',
  rules_json: 'history.field.rules_json',
  battery_json: 'history.field.battery_json',
  ev_json: 'history.field.ev_json',
  source: 'history.field.source',
  kwp: 'history.field.kwp',
  tilt_deg: 'history.field.tilt_deg',
  azimuth_deg: 'history.field.azimuth_deg',
  commissioning_date: 'history.field.commissioning_date',
  owner_member_id: 'history.field.owner_member_id',
  third_party_producer: 'history.field.third_party_producer',
  pod: 'history.field.pod',
  censimp: 'history.field.censimp',
  existing: 'history.field.existing',
  grant_share: 'history.field.grant_share',
  hub_height_m: 'history.field.hub_height_m',
  voltage: 'history.field.voltage',
  capex_eur: 'history.field.capex_eur',
  substation_code: 'history.field.substation_code',
  legal_entity: 'history.field.legal_entity',
  type: 'history.field.type',
  constitution_date: 'history.field.constitution_date',
  municipality: 'history.field.municipality',
  region: 'history.field.region',
  reference_year: 'history.field.reference_year',
  geometry_json: 'history.field.geometry_json',
  member_id: 'history.field.member_id',
  vat_number: 'history.field.vat_number',
  address: 'history.field.address',
};

const isTable = (t: string): t is Table => (PRIORITY as readonly string[]).includes(t);
/** A table's noun, singular or plural; an unknown table by its own name. */
const nounOf = (tbl: string, plural: boolean): Message | string =>
  isTable(tbl) ? { code: `history.${plural ? 'nouns' : 'noun'}.${tbl}` as MessageCode } : tbl;

/** The changed fields of an update, derived ones (the located area) left out when others changed. */
function fields(cols: string): (Message | string)[] | null {
  let names = cols.split(',').filter(Boolean);
  if (names.length > 1) names = names.filter((c) => c !== 'located_area_code');
  const labels = [...new Set(names.map((c) => FIELDS[c] ?? c))].slice(0, 2);
  if (labels.length === 0) return null;
  return labels.map((l) => (l.startsWith('history.field.') ? { code: l as MessageCode } : l));
}

/** The step's label as a message; `stepLabel` renders it in both languages for the file. */
export function stepMessage(entries: readonly LogEntry[]): Message {
  const tbl = PRIORITY.find((t) => entries.some((e) => e.tbl === t)) ?? entries[0]?.tbl ?? '';
  const mine = entries.filter((e) => e.tbl === tbl);
  let op = mine[0]?.op ?? 'update';
  // INSERT OR REPLACE logs a delete and an insert of the same row: to the user, a change.
  if (op === 'delete' && mine.some((e) => e.op === 'insert' && e.rowId === mine[0]!.rowId)) op = 'update';
  const rows = new Set(mine.filter((e) => e.op === op || (op === 'update' && e.op === 'delete')).map((e) => e.rowId));
  const verb: Message = { code: `history.verb.${op}` as const };
  if (tbl === 'meta') {
    const key = META_NAMES[mine[0]?.entity ?? ''];
    return { code: 'history.step.update-setting', params: { what: key ? { code: key } : nounOf(tbl, true) } };
  }
  // A count of rows: a quantity, written the language's way.
  if (rows.size > 1) return { code: 'history.step.many', params: { verb, count: rows.size, nouns: nounOf(tbl, true) } };
  const entity = mine[0]?.entity ? ` ${mine[0].entity}` : '';
  const f = op === 'update' ? fields(mine.filter((e) => e.op === 'update').map((e) => e.cols).join(',')) : null;
  if (tbl === 'community') return f ? { code: 'history.step.update-community', params: { verb, fields: f } } : { code: 'history.step.community', params: { verb } };
  if (f) return { code: 'history.step.update-field', params: { verb, fields: f, noun: nounOf(tbl, false), entity } };
  return { code: 'history.step.entity', params: { verb, noun: nounOf(tbl, false), entity } };
}

export function stepLabel(entries: readonly LogEntry[]): StepLabel {
  return bilingual(stepMessage(entries));
}
