/**
 * The regolamento draft of the demo project with a non-default rule set, opened as a file:
 * unzipped with fflate, word/document.xml read back; every mandatory clause, the chosen
 * percentages and the worked example's euros (those of computeSharing) are in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { CoreService } from '../../../core/api/node/core-service';
import type { SharingRuleSet } from '../../../core/sharing';
import { reportFormat } from '../../../core/report/format';
import { CATEGORY } from '../../../core/report/labels';
import { GROUP_IT } from '../../../core/report/regolamento-rules';
import { MONTHS_IT } from '../../../core/report/regolamento-example';
import { testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';

let cleanup: () => void;
let api: CoreService;
let project: string;

const ruleSet: SharingRuleSet = {
  community: [
    { kind: 'cost', id: 'gse', group: 'gse-fees' },
    { kind: 'fund', id: 'fondo', percent: 10, group: 'social-fund' },
  ],
  configurations: {
    AC012E00001: [{ kind: 'producers', id: 'produttori', percent: 20, basis: 'injected' }, { kind: 'consumers', id: 'consumatori', percent: 70, vulnerableWeight: 2 }],
    AC012E00002: [{ kind: 'producers', id: 'produttori', percent: 20, basis: 'injected' }, { kind: 'consumers', id: 'consumatori', percent: 70 }],
  },
};

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  api = testService(dir);
  project = (await api.openDemoProject({})).path;
  await api.setSharingRules({ project, ruleSet });
});
afterAll(() => {
  api.dispose();
  cleanup();
});

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The text of each paragraph (table cells are paragraphs too), in order. */
const paragraphs = (xml: string) => xml.split('</w:p>').map((p) => decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));

describe('regolamento draft (DOCX)', () => {
  it('has every mandatory clause, the chosen numbers and the worked example of computeSharing, to the cent', async () => {
    const file = await api.exportRegolamento({ project });
    expect(file.name).toMatch(/-regolamento\.docx$/);
    const zip = unzipSync(Buffer.from(file.base64, 'base64'));
    const xml = Buffer.from(zip['word/document.xml']!).toString('utf8');
    const paras = paragraphs(xml);
    const text = paras.join('\n');

    // The clauses GSE requires in the statute or regolamento [RO p.17 a–f; p.39].
    for (const [cite, phrase] of [
      ['[RO p.17, lett. a]', 'non quello di ottenere profitti finanziari'],
      ['[RO p.17, lett. b', 'persone fisiche, piccole e medie imprese'],
      ['[RO p.17, lett. c]', 'la partecipazione è aperta e volontaria'],
      ['[RO p.17, lett. d]', 'scegliere liberamente il proprio venditore'],
      ['[RO p.17, lett. d]', 'può uscire dalla configurazione'],
      ['[RO p.17, lett. e', 'soggetto delegato responsabile del riparto'],
      ['[RO p.17, lett. f', 'ai soli consumatori diversi dalle imprese'],
    ]) {
      expect(text).toContain(cite);
      expect(text).toContain(phrase);
    }
    expect(text).toMatch(/oltre il 55% .* oltre il 45%/);
    expect(paras.some((p) => /^Art\. \d+ — Tariffa premio eccedentaria \(regola 55\/45\)/.test(p))).toBe(true);

    // The chosen rules with their numbers.
    expect(text).toContain('10% al fondo sociale');
    expect(text).toContain("20% ai produttori, in proporzione all'energia immessa in rete dai loro impianti");
    expect(text).toContain('70% ai consumatori');
    expect(text).toContain('le famiglie in condizione di vulnerabilità contano 2 volte');
    expect(text.match(/le quote percentuali sommano 100%/g)).toHaveLength(2);
    expect(text).not.toContain('regole predefinite');

    // The worked example: the configuration with the most money, its best paid month.
    const view = await api.computeSharing({ project });
    const f = reportFormat('it');
    const eur = (x: number) => f.cents(x);
    const c = [...view.configurations].sort((a, b) => b.incentiveEur + b.valorisationEur - (a.incentiveEur + a.valorisationEur))[0]!;
    const month = c.paidMonths.indexOf(Math.max(...c.paidMonths));
    expect(text).toContain(`Ripartizione di ${MONTHS_IT[month]} — configurazione`);
    const after = (label: string) => paras[paras.indexOf(label) + 1];
    expect(c.groups.filter((x) => x.months[month] !== 0).map((g) => g.group)).toEqual(expect.arrayContaining(['gse-fees', 'social-fund']));
    for (const g of c.groups.filter((x) => x.months[month] !== 0)) expect(after(GROUP_IT[g.group])).toBe(eur(g.months[month]!));
    expect(after('Totale versato dal GSE nel mese')).toBe(eur(c.paidMonths[month]!));
    const members = view.members.filter((m) => m.configurationId === c.configurationId);
    const cents = members.reduce((s, m) => s + Math.round(m.months[month]! * 100), 0);
    expect(paras.find((p) => p.startsWith('Membri della configurazione ('))).toBe(`Membri della configurazione (${members.length})`);
    expect(after(`Membri della configurazione (${members.length})`)).toBe(eur(cents / 100));
    for (const m of members) {
      const at = paras.indexOf(m.name);
      expect(paras.slice(at + 1, at + 5)).toEqual([CATEGORY.it[m.category], eur(m.months[month]!), eur(m.totalEur), eur(m.restrictedEur)]);
    }
    const sample = [...members].sort((a, b) => b.months[month]! - a.months[month]!)[0]!;
    expect(text).toContain(`Per esempio, «${sample.name}» (${CATEGORY.it[sample.category]}) riceve ${eur(sample.months[month]!)} nel mese di ${MONTHS_IT[month]} e ${eur(sample.totalEur)} nell'anno`);
    expect(text).toContain(`la quota eccedentaria stimata è di ${eur(view.configurations.reduce((s, k) => s + k.restrictedPotEur, 0))}`);

    // What the assembly decides is highlighted; the footer numbers the pages.
    expect(text).toContain('[DA DECIDERE: ');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>\[DA DECIDERE: /s);
    const footers = Object.keys(zip).filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => Buffer.from(zip[n]!).toString('utf8'));
    expect(footers.join('')).toMatch(/PAGE/);
    expect(footers.join('')).toMatch(/NUMPAGES/);
  }, 120_000);

  it('asks the assembly to confirm the default rules when the project has none', async () => {
    await api.setSharingRules({ project, ruleSet: null });
    const file = await api.exportRegolamento({ project });
    const text = paragraphs(Buffer.from(unzipSync(Buffer.from(file.base64, 'base64'))['word/document.xml']!).toString('utf8')).join('\n');
    expect(text).toContain('[DA DECIDERE: il progetto usa ancora le regole predefinite');
    expect(text).toContain('100% ai consumatori');
    await api.setSharingRules({ project, ruleSet });
  }, 120_000);
});
