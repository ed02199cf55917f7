/**
 * `condivisa import <file.condivisa> <data file> --kind auto|areas [--json]`: brings outside
 * data into a project through CoreApi. Each kind is one entry of IMPORT_KINDS (how to
 * recognise its files and how to import one), so new kinds (curves, bills, members,
 * workbook…) are added there without touching the command itself.
 */
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional } from '../args';
import { UserError } from '../errors';
import { createHostService } from '../../core/api/node/host-setup';
import type { CoreService } from '../../core/api/node/core-service';
import type { AreaFilterInput, AreaImportSummary } from '../../core/api/common';
import { DATA_IMPORT_KINDS, DATA_IMPORT_OPTIONS } from './import-data'; // import: curves, bills, members, workbook

type Values = Record<string, string | boolean | undefined>;

export interface ImportKind {
  /** Shown in --help. */
  describe: string;
  /** File extensions (lower case, with the dot) that `--kind auto` maps to this kind. */
  extensions: readonly string[];
  run(service: CoreService, project: string, file: string, values: Values): Promise<{ json: unknown; text: string }>;
}

/** "lat,lon,km" → a `near` filter; "minLon,minLat,maxLon,maxLat" → a `bbox` filter. */
function areaFilter(values: Values): AreaFilterInput | undefined {
  const numbers = (opt: string, raw: string, n: number) => {
    const parts = raw.split(',').map((s) => Number(s.trim()));
    if (parts.length !== n || parts.some((v) => !Number.isFinite(v))) throw new UserError(`--${opt}: "${raw}" must be ${n} comma-separated numbers`);
    return parts;
  };
  const given = ['region', 'near', 'bbox'].filter((k) => typeof values[k] === 'string');
  if (given.length > 1) throw new UserError('use only one of --region, --near, --bbox');
  if (typeof values.region === 'string') return { region: values.region };
  if (typeof values.near === 'string') {
    const [lat, lon, km] = numbers('near', values.near, 3) as [number, number, number];
    return { near: { lat, lon, metres: km * 1000 } };
  }
  if (typeof values.bbox === 'string') return { bbox: numbers('bbox', values.bbox, 4) as [number, number, number, number] };
  return undefined;
}

function describeAreas(s: AreaImportSummary): string {
  const lines = [
    `${s.file} (${s.format}, ${s.crs}): ${s.count} aree importate${s.replaced ? ` (${s.replaced} sostituite)` : ''}`,
    `  lette ${s.featuresRead}, escluse dal filtro ${s.filteredOut}, riparate ${s.repaired}, scartate ${s.dropped}`,
    `  membri ricollocati ${s.relocated.members}, impianti ricollocati ${s.relocated.plants}`,
  ];
  for (const r of s.repairs.slice(0, 20)) lines.push(`  riparata ${r.code} (${r.feature}): ${r.fixes.join('; ')}`);
  for (const d of s.drops.slice(0, 20)) lines.push(`  scartata ${d.code ?? ''} (${d.feature}): ${d.reason}`);
  return lines.join('\n');
}

export const IMPORT_KINDS: Record<string, ImportKind> = {
  areas: {
    describe: 'primary-substation areas: GeoPackage (GSE fields cod_ac, rag_soc…), GeoJSON, KML/KMZ, zipped Shapefile',
    extensions: ['.gpkg', '.geojson', '.json', '.kml', '.kmz', '.zip', '.shp'],
    async run(service, project, file, values) {
      const summary = await service.importAreas({
        project,
        path: file,
        filter: areaFilter(values),
        unofficial: values.unofficial === true,
      });
      return { json: summary, text: describeAreas(summary) };
    },
  },
  ...DATA_IMPORT_KINDS, // import: curves, bills, members, workbook (auto on .xlsx/.csv reads the content)
};

function detectKind(file: string): string {
  const ext = path.extname(file).toLowerCase();
  const found = Object.entries(IMPORT_KINDS).find(([, k]) => k.extensions.includes(ext));
  if (!found) {
    throw new UserError(`cannot tell what ${path.basename(file)} contains from its extension: use --kind ${Object.keys(IMPORT_KINDS).join('|')}`);
  }
  return found[0];
}

export const command: CommandModule = {
  summary: 'import data into a project (substation areas: .gpkg, .geojson, .kml, .zip; curves, bills, members, workbook: .xlsx, .csv)',
  usage: [
    `condivisa import <file.condivisa> <data file> [--kind auto|${Object.keys(IMPORT_KINDS).join('|')}] [--json]`,
    '       areas: [--region <name> | --near <lat,lon,km> | --bbox <minLon,minLat,maxLon,maxLat>] [--unofficial]',
    ...Object.entries(IMPORT_KINDS).map(([k, v]) => `  --kind ${k.padEnd(8)} ${v.describe}`),
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      {
        kind: { type: 'string' },
        json: { type: 'boolean' },
        region: { type: 'string' },
        near: { type: 'string' },
        bbox: { type: 'string' },
        unofficial: { type: 'boolean' },
        ...DATA_IMPORT_OPTIONS, // import: curves, bills, members, workbook
      },
      2,
    );
    const project = path.resolve(requirePositional(positionals, 0, 'project file'));
    const file = path.resolve(requirePositional(positionals, 1, 'file to import'));
    const kindName = !values.kind || values.kind === 'auto' ? detectKind(file) : values.kind;
    const kind = IMPORT_KINDS[kindName];
    if (!kind) throw new UserError(`unknown --kind "${kindName}" (auto, ${Object.keys(IMPORT_KINDS).join(', ')})`);
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const result = await kind.run(service, project, file, values);
      if (values.json) printJson(result.json);
      else console.log(result.text);
      return 0;
    } finally {
      service.dispose();
    }
  },
};
