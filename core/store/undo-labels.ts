/**
 * The human label of an undo step, in Italian and English, read from what the step's log
 * rows say: "Modifica potenza impianto FV Scuola", "Eliminazione area AC001E00123",
 * "Aggiunta di 12 membri". The entity the user acted on is the first of the step's tables in
 * `PRIORITY` (deleting a member also deletes its PODs and clears plants' owner: the label
 * names the member).
 */
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

type Noun = { it: string; itPlural: string; en: string; enPlural: string };
const noun = (it: string, itPlural: string, en: string, enPlural: string): Noun => ({ it, itPlural, en, enPlural });

const NOUNS: Record<string, Noun> = {
  community: noun('comunità', 'comunità', 'community', 'community'),
  configurations: noun('configurazione', 'configurazioni', 'configuration', 'configurations'),
  members: noun('membro', 'membri', 'member', 'members'),
  plants: noun('impianto', 'impianti', 'plant', 'plants'),
  substation_areas: noun('area', 'aree', 'area', 'areas'),
  attachments: noun('allegato', 'allegati', 'attachment', 'attachments'),
  sharing_rules: noun('regole di ripartizione', 'regole di ripartizione', 'sharing rules', 'sharing rules'),
  local_rules: noun('regola locale', 'regole locali', 'local rule', 'local rules'),
  load_curves: noun('curva di carico', 'curve di carico', 'load curve', 'load curves'),
  production_series: noun('produzione importata', 'produzioni importate', 'imported production', 'imported productions'),
  bills: noun('bolletta', 'bollette', 'bill', 'bills'),
  gse_statements: noun('estratto GSE', 'estratti GSE', 'GSE statement', 'GSE statements'),
  meta: noun('impostazione', 'impostazioni', 'setting', 'settings'),
  connection_points: noun('POD', 'POD', 'POD', 'PODs'),
  member_registry: noun('anagrafica membro', 'anagrafiche membri', 'member registry', 'member registries'),
  quality_reports: noun('rapporto qualità', 'rapporti qualità', 'quality report', 'quality reports'),
};
const PRIORITY = Object.keys(NOUNS);

/** Project settings kept in `meta`, by key. */
const META_NAMES: Record<string, StepLabel> = {
  parameter_overrides: { it: 'parametri economici', en: 'economic parameters' },
  weather_file: { it: 'file meteo', en: 'weather file' },
  zonal_prices_hourly: { it: 'prezzi zonali', en: 'zonal prices' },
};

/** Fields by column name (the same name means the same thing in every table). */
const FIELDS: Record<string, StepLabel> = {
  name: { it: 'nome', en: 'name' },
  category: { it: 'categoria', en: 'category' },
  tax_code: { it: 'codice fiscale', en: 'tax code' },
  ateco: { it: 'ATECO', en: 'ATECO' },
  lat: { it: 'posizione', en: 'position' },
  lon: { it: 'posizione', en: 'position' },
  vulnerable: { it: 'famiglia vulnerabile', en: 'vulnerable household' },
  configuration_id: { it: 'configurazione', en: 'configuration' },
  annual_kwh: { it: 'consumo annuo', en: 'annual consumption' },
  load_profile: { it: 'profilo di carico', en: 'load profile' },
  located_area_code: { it: 'area', en: 'area' },
  rules_json: { it: 'requisiti', en: 'requirements' },
  battery_json: { it: 'batteria', en: 'battery' },
  ev_json: { it: 'ricarica VE', en: 'EV charging' },
  source: { it: 'fonte', en: 'source' },
  kwp: { it: 'potenza', en: 'power' },
  tilt_deg: { it: 'inclinazione', en: 'tilt' },
  azimuth_deg: { it: 'azimut', en: 'azimuth' },
  commissioning_date: { it: 'data di esercizio', en: 'commissioning date' },
  owner_member_id: { it: 'proprietario', en: 'owner' },
  third_party_producer: { it: 'produttore terzo', en: 'third-party producer' },
  pod: { it: 'POD', en: 'POD' },
  censimp: { it: 'CENSIMP', en: 'CENSIMP' },
  existing: { it: 'esistente', en: 'existing' },
  grant_share: { it: 'quota contributo', en: 'grant share' },
  hub_height_m: { it: 'altezza mozzo', en: 'hub height' },
  voltage: { it: 'tensione', en: 'voltage' },
  capex_eur: { it: 'costo investimento', en: 'investment cost' },
  substation_code: { it: 'cabina primaria', en: 'primary substation' },
  legal_entity: { it: 'soggetto giuridico', en: 'legal entity' },
  type: { it: 'tipo', en: 'type' },
  constitution_date: { it: 'data di costituzione', en: 'constitution date' },
  municipality: { it: 'comune', en: 'municipality' },
  region: { it: 'regione', en: 'region' },
  reference_year: { it: 'anno di riferimento', en: 'reference year' },
  geometry_json: { it: 'perimetro', en: 'perimeter' },
  member_id: { it: 'membro', en: 'member' },
  vat_number: { it: 'partita IVA', en: 'VAT number' },
  address: { it: 'indirizzo', en: 'address' },
};

const VERBS = {
  insert: { it: 'Aggiunta', en: 'Add' },
  update: { it: 'Modifica', en: 'Edit' },
  delete: { it: 'Eliminazione', en: 'Delete' },
};

/** The changed fields of an update, derived ones (the located area) left out when others changed. */
function fields(cols: string): StepLabel | null {
  let names = cols.split(',').filter(Boolean);
  if (names.length > 1) names = names.filter((c) => c !== 'located_area_code');
  const labels = [...new Map(names.map((c) => FIELDS[c] ?? { it: c, en: c }).map((l) => [l.it, l])).values()].slice(0, 2);
  if (labels.length === 0) return null;
  return { it: labels.map((l) => l.it).join(', '), en: labels.map((l) => l.en).join(', ') };
}

export function stepLabel(entries: readonly LogEntry[]): StepLabel {
  const tbl = PRIORITY.find((t) => entries.some((e) => e.tbl === t)) ?? entries[0]?.tbl ?? '';
  const mine = entries.filter((e) => e.tbl === tbl);
  let op = mine[0]?.op ?? 'update';
  // INSERT OR REPLACE logs a delete and an insert of the same row: to the user, a change.
  if (op === 'delete' && mine.some((e) => e.op === 'insert' && e.rowId === mine[0]!.rowId)) op = 'update';
  const rows = new Set(mine.filter((e) => e.op === op || (op === 'update' && e.op === 'delete')).map((e) => e.rowId));
  const n = NOUNS[tbl] ?? noun(tbl, tbl, tbl, tbl);
  const verb = VERBS[op];
  if (tbl === 'meta') {
    const what = META_NAMES[mine[0]?.entity ?? ''] ?? { it: n.itPlural, en: n.enPlural };
    return { it: `${VERBS.update.it} ${what.it}`, en: `${VERBS.update.en} ${what.en}` };
  }
  if (rows.size > 1) {
    return { it: `${verb.it} di ${rows.size} ${n.itPlural}`, en: `${verb.en} ${rows.size} ${n.enPlural}` };
  }
  const entity = mine[0]?.entity ? ` ${mine[0].entity}` : '';
  if (tbl === 'community') {
    const f = op === 'update' ? fields(mine.filter((e) => e.op === 'update').map((e) => e.cols).join(',')) : null;
    return f ? { it: `${verb.it} ${f.it} della comunità`, en: `${verb.en} community ${f.en}` } : { it: `${verb.it} comunità`, en: `${verb.en} community` };
  }
  const f = op === 'update' ? fields(mine.filter((e) => e.op === 'update').map((e) => e.cols).join(',')) : null;
  if (f) return { it: `${verb.it} ${f.it} ${n.it}${entity}`, en: `${verb.en} ${f.en} of ${n.en}${entity}` };
  return { it: `${verb.it} ${n.it}${entity}`, en: `${verb.en} ${n.en}${entity}` };
}
