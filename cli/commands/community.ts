/**
 * `condivisa community <file.condivisa> [--set key=value …] [--json]`: the community's data,
 * edited one field per --set (all in one edit; the core checks every field and names a wrong one).
 */
import type { CommandModule } from '../main';
import { parse, printJson } from '../args';
import { UserError } from '../errors';
import { projectFile, withService } from '../service';
import type { Community } from '../../core/model/entities';

const FIELDS_IT: Record<keyof Community, string> = {
  name: 'nome',
  legalEntity: 'soggetto giuridico',
  type: 'tipo',
  constitutionDate: 'data di costituzione',
  municipality: 'comune',
  region: 'regione',
  referenceYear: 'anno di riferimento',
};

/** `key=value` as a patch entry: numbers for referenceYear, an empty date for "not constituted". */
function entry(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UserError(`--set ${text}: write key=value (keys: ${Object.keys(FIELDS_IT).join(', ')})`);
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  if (key === 'referenceYear') return [key, /^\d+$/.test(raw) ? Number(raw) : raw];
  if (key === 'constitutionDate' && (raw === '' || raw === 'null')) return [key, null];
  return [key, raw];
}

export const command: CommandModule = {
  summary: "show the community's data, or edit it with --set key=value",
  usage: [
    'condivisa community <file.condivisa> [--set key=value …] [--json]',
    '',
    `Keys: ${Object.keys(FIELDS_IT).join(', ')}. Example:`,
    '  condivisa community a.condivisa --set region=Lombardia --set referenceYear=2025',
    '  (constitutionDate= clears the date)',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, { set: { type: 'string', multiple: true }, json: { type: 'boolean' } }, 1);
    const project = projectFile(positionals);
    const patch = Object.fromEntries((values.set ?? []).map(entry)) as Partial<Community>;
    return withService(async (service) => {
      const community = Object.keys(patch).length ? await service.updateCommunity({ project, patch }) : (await service.getProjectSummary({ project })).community;
      if (values.json) {
        printJson(community);
        return 0;
      }
      const width = Math.max(...Object.values(FIELDS_IT).map((s) => s.length));
      for (const [key, label] of Object.entries(FIELDS_IT)) {
        const v = community[key as keyof Community];
        console.log(`${`${label}:`.padEnd(width + 2)}${v === null || v === '' ? '—' : String(v)}  (${key})`);
      }
      return 0;
    });
  },
};
