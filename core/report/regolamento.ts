/**
 * The regolamento draft of a community as a document model: the editable clause template filled
 * from the project (community, configurations, members, plants), the project's sharing rules
 * written out in Italian with their numbers, and a worked example from the division of the last
 * simulation. `{{placeholders}}` become data spans (or `missing` when the project lacks them),
 * `[[DA DECIDERE: …]]` markers become `decision` spans for the assembly.
 */
import type { Community, Configuration, Member, Plant } from '../model/entities';
import type { SharingResult, SharingRuleSet } from '../sharing/types';
import type { RegolamentoBlock, RegolamentoDocument, RegolamentoTemplate, Span } from './regolamento-document';
import { reportFormat } from './format';
import { percentTotal, ruleSentence, rulesOf } from './regolamento-rules';
import { workedExample } from './regolamento-example';

export interface RegolamentoInput {
  template: RegolamentoTemplate;
  community: Community;
  configurations: Configuration[];
  members: Member[];
  plants: Plant[];
  ruleSet: SharingRuleSet;
  /** True when the project has no rules of its own (the default applies). */
  isDefaultRules: boolean;
  /** The division of the last simulation under `ruleSet`; null without a simulation. */
  division: SharingResult | null;
  /** Why the rules could not divide the simulation (Italian messages), when they could not. */
  divisionProblems?: string[];
  /** ISO instant of that simulation. */
  computedAt: string | null;
  /** Who is the Referent of each configuration, in words; null when not given. */
  referents: Map<number, string | null>;
  /** ISO date of the draft. */
  today: string;
}

const MARKER = /\{\{(\w+)\}\}|\[\[DA DECIDERE: ([^\]]+)\]\]/g;

/** Splits a template text into spans, filling `{{key}}` from `values` (unknown keys: missing). */
export function fillText(text: string, values: Record<string, Span[]>): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    if (m[1] !== undefined) out.push(...(values[m[1]] ?? [{ text: `[DA COMPLETARE: ${m[1]}]`, mark: 'missing' as const }]));
    else out.push({ text: `[DA DECIDERE: ${m[2]}]`, mark: 'decision' });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

const data = (text: string): Span[] => [{ text, mark: 'data' }];
const missing = (what: string): Span[] => [{ text: `[DA COMPLETARE: ${what}]`, mark: 'missing' }];
const decision = (what: string): Span[] => [{ text: `[DA DECIDERE: ${what}]`, mark: 'decision' }];
const plainText = (spans: Span[]) => spans.map((s) => s.text).join('');

export function regolamento(input: RegolamentoInput): RegolamentoDocument {
  const f = reportFormat('it');
  const { community: c, configurations, members, plants, division } = input;
  const example = division ? workedExample(division, configurations, f) : null;
  const referents = configurations.map((k) => ({ name: k.name, who: input.referents.get(k.id) ?? null }));
  const referent: Span[] = referents.every((r) => r.who === null)
    ? missing('Referente di ciascuna configurazione (scheda Requisiti → Dati per le regole, «Chi è il Referente»)')
    : referents.flatMap((r, i): Span[] => [...(i ? [{ text: '; ' }] : []), { text: `${r.name}: ` }, ...(r.who ? data(r.who) : missing('Referente'))]);
  const values: Record<string, Span[]> = {
    comunita: data(c.name),
    ente: data(c.legalEntity || c.name),
    tipo: data(c.type),
    comune: c.municipality ? data(c.municipality) : missing('comune'),
    regione: c.region ? data(c.region) : missing('regione'),
    data: data(f.date(input.today)),
    configurazioni: configurations.length
      ? configurations.flatMap((k, i): Span[] => [...(i ? [{ text: ', ' }] : []), { text: `«${k.name}» (cabina primaria ` }, ...(k.substationCode ? data(k.substationCode) : missing('codice della cabina primaria')), { text: ')' }])
      : missing('almeno una configurazione'),
    n_membri: data(f.num(members.length)),
    n_membri_configurazioni: data(f.num(members.filter((m) => m.configurationId !== null).length)),
    n_impianti: data(f.num(plants.length)),
    potenza_kw: data(f.num(plants.reduce((s, p) => s + p.kWp, 0), 1)),
    organo_adesione: decision("organo che decide sulle adesioni e riceve i recessi, es. consiglio direttivo"),
    responsabile_riparto: decision(`soggetto delegato al riparto, es. ${c.legalEntity || c.name} tramite il legale rappresentante`),
    referente: referent,
    anno: data(String(c.referenceYear)),
    quota_vincolata: division ? data(f.cents(division.configurations.reduce((s, k) => s + k.restrictedPotEur, 0))) : missing('eseguire la simulazione'),
    data_simulazione: input.computedAt ? data(f.date(input.computedAt)) : missing('eseguire la simulazione'),
    ...(example?.values ?? {}),
  };
  const t = input.template;
  const articles = t.articles.map((a, i) => {
    const blocks: RegolamentoBlock[] = [];
    if (a.example && !example) {
      const problems = input.divisionProblems ?? [];
      blocks.push({
        kind: 'paragraph',
        spans: problems.length
          ? missing(`esempio di calcolo: le regole non ripartiscono la simulazione — ${problems.join('; ')}. Correggere le regole nella scheda Ripartizione`)
          : division
            ? missing('esempio di calcolo: nessun mese pagato dal GSE nella simulazione (importi sotto la soglia di 50 €)')
            : missing('esempio di calcolo: eseguire la simulazione (scheda Simulazione) e generare di nuovo la bozza'),
      });
    } else {
      for (const p of a.paragraphs) blocks.push({ kind: 'paragraph', spans: fillText(p, values) });
    }
    if (a.rules) blocks.push(...rulesBlocks(input, f));
    if (a.example && example) blocks.push(...example.blocks);
    return { number: i + 1, id: a.id, title: a.title, cite: a.cite ?? '', mandatory: a.mandatory === true, blocks };
  });
  return {
    title: plainText(fillText(t.title, values)),
    subtitle: plainText(fillText(t.subtitle, values)),
    footer: `${c.name} — bozza di regolamento`,
    preamble: fillText(t.preamble, values),
    articles,
    note: t.note,
    source: `${t.source} (testo del ${f.date(t.date)})`,
  };
}

/** The community part once, then each configuration's own list, each rule a sentence with its numbers. */
function rulesBlocks(input: RegolamentoInput, f: ReturnType<typeof reportFormat>): RegolamentoBlock[] {
  const blocks: RegolamentoBlock[] = [];
  if (input.isDefaultRules) {
    blocks.push({ kind: 'paragraph', spans: decision("il progetto usa ancora le regole predefinite (corrispettivi GSE, poi il 100% ai consumatori in proporzione all'energia condivisa): confermarle o sceglierne altre nella scheda Ripartizione") });
  }
  const { community, configurations } = input.ruleSet;
  if (community.length) {
    blocks.push({ kind: 'paragraph', spans: [{ text: 'Regole comuni a tutte le configurazioni (i costi annui sono ripartiti tra le configurazioni in proporzione ai loro importi annui):' }] });
    blocks.push({ kind: 'list', items: community.map((r) => [{ text: ruleSentence(r, f) }]) });
  }
  for (const k of input.configurations) {
    const own = configurations[k.substationCode] ?? [];
    const total = percentTotal(rulesOf(input.ruleSet, k.substationCode));
    blocks.push({
      kind: 'paragraph',
      spans: [
        { text: `Configurazione «${k.name}» (cabina primaria ${k.substationCode || '—'})${community.length ? ', oltre alle regole comuni' : ''}: ` },
        { text: `le quote percentuali sommano ${f.num(total, 2)}%`, mark: 'data' },
        { text: own.length ? '.' : '; nessuna regola propria.' },
      ],
    });
    if (own.length) blocks.push({ kind: 'list', items: own.map((r) => [{ text: ruleSentence(r, f) }]) });
  }
  return blocks;
}
