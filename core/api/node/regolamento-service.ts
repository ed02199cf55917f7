/**
 * The regolamento draft (DOCX): the clause template of resources/regolamento, the project's
 * sharing rules and the division of the last simulation (run now when out of date, as the
 * report does) → core/report/regolamento → core/io/docx.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectStore } from '../../store/project-store';
import type { RegolamentoTemplate } from '../../report/regolamento-document';
import { regolamento } from '../../report/regolamento';
import { writeRegolamentoDocx } from '../../io/docx/write-regolamento-docx';
import { readRuleFields } from '../../store/rules-fields-repository';
import { SharingRuleError } from '../../sharing';
import { computeSharing, sharingRulesView } from './sharing-service';
import { todayInItaly } from './rules-service';

export function regolamentoTemplate(resourcesDir: string): RegolamentoTemplate {
  return JSON.parse(fs.readFileSync(path.join(resourcesDir, 'regolamento', 'clausole.it.json'), 'utf8')) as RegolamentoTemplate;
}

const REFERENT_IT: Record<string, string> = {
  community: 'la comunità stessa, tramite il legale rappresentante',
  third_party_producer: 'un produttore terzo (ESCO certificata UNI 11352)',
  condominium_administrator: "l'amministratore del condominio",
  building_representative: "il rappresentante legale dell'edificio",
  consortium: 'il consorzio che gestisce le parti comuni',
};

function referents(store: ProjectStore): Map<number, string | null> {
  const members = new Map(store.listMembers().map((m) => [m.id, m.name]));
  return new Map(
    store.listConfigurations().map((c) => {
      const r = readRuleFields(store, 'configuration', c.id).referent as { kind?: unknown; memberId?: unknown } | undefined;
      if (typeof r?.kind !== 'string') return [c.id, null];
      if (r.kind === 'member') return [c.id, typeof r.memberId === 'number' && members.has(r.memberId) ? `il membro ${members.get(r.memberId)}` : null];
      return [c.id, REFERENT_IT[r.kind] ?? null];
    }),
  );
}

/** The DOCX from the simulation `sim` (already up to date, see currentResult in exports-service). */
export async function regolamentoDocx(store: ProjectStore, env: { resourcesDir: string; version: string }, sim: { computedAt: string }): Promise<Buffer> {
  const rules = sharingRulesView(store);
  // Rules the division refuses (the 55/45 pot not covered, a damaged stored set) leave the draft
  // without its example, naming the problem, rather than failing it (and the dossier).
  let division: ReturnType<typeof computeSharing> | null = null;
  let divisionProblems: string[] = [...rules.problems.map((p) => p.it)];
  try {
    division = computeSharing(store, env.resourcesDir);
  } catch (e) {
    if (!(e instanceof SharingRuleError)) throw e;
    divisionProblems = [...divisionProblems, ...e.problems.map((p) => p.it)];
  }
  const doc = regolamento({
    template: regolamentoTemplate(env.resourcesDir),
    community: store.getCommunity(),
    configurations: store.listConfigurations(),
    members: store.listMembers(),
    plants: store.listPlants(),
    ruleSet: division?.ruleSet ?? rules.ruleSet,
    isDefaultRules: rules.isDefault,
    division,
    divisionProblems,
    computedAt: sim.computedAt,
    referents: referents(store),
    today: todayInItaly(),
  });
  return writeRegolamentoDocx(doc, { author: `Condivisa ${env.version}` });
}
