/** The regolamento model without a project: the template, the markers, every rule kind in words. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fillText, regolamento, type RegolamentoInput } from '../../../core/report/regolamento';
import { ruleSentence } from '../../../core/report/regolamento-rules';
import type { RegolamentoTemplate, Span } from '../../../core/report/regolamento-document';
import type { SharingRule } from '../../../core/sharing';
import { reportFormat } from '../../../core/report/format';
import { REPO_ROOT } from '../../helpers/tmp';

const TEMPLATE = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'resources', 'regolamento', 'clausole.it.json'), 'utf8')) as RegolamentoTemplate;
const f = reportFormat('it');
const text = (spans: Span[]) => spans.map((s) => s.text).join('');

describe('regolamento template', () => {
  it('has the six clauses GSE requires [RO p.17 a–f], each with its citation', () => {
    const mandatory = TEMPLATE.articles.filter((a) => a.mandatory);
    expect(mandatory.map((a) => a.cite!.match(/lett\. ([a-f])/)![1])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(TEMPLATE.articles.filter((a) => a.rules)).toHaveLength(1);
    expect(TEMPLATE.articles.filter((a) => a.example)).toHaveLength(1);
  });

  it('fills placeholders, marks decisions and names data the project lacks', () => {
    const spans = fillText('A {{x}} e [[DA DECIDERE: quota]] e {{ignoto}}.', { x: [{ text: '10', mark: 'data' }] });
    expect(spans).toEqual([
      { text: 'A ' },
      { text: '10', mark: 'data' },
      { text: ' e ' },
      { text: '[DA DECIDERE: quota]', mark: 'decision' },
      { text: ' e ' },
      { text: '[DA COMPLETARE: ignoto]', mark: 'missing' },
      { text: '.' },
    ]);
  });

  it('writes every rule kind with its numbers', () => {
    const rules: [SharingRule, string][] = [
      [{ kind: 'cost', id: 'g', group: 'management', eurPerYear: 600 }, "Costo per spese di gestione: 600 € all'anno"],
      [{ kind: 'cost', id: 'p', group: 'platform', percent: 2.5 }, "Costo per piattaforma: 2,5% dell'importo del mese"],
      [{ kind: 'cost', id: 'f', group: 'gse-fees' }, 'i corrispettivi dovuti al GSE'],
      [{ kind: 'producer-tariff', id: 't', eurPerKWh: 0.012, basis: 'shared-produced' }, '0,012 €/kWh'],
      [{ kind: 'producers', id: 'pr', percent: 20, basis: 'injected' }, "20% ai produttori, in proporzione all'energia immessa"],
      [{ kind: 'consumers', id: 'c', percent: 70, vulnerableWeight: 1.5 }, 'contano 1,5 volte'],
      [{ kind: 'equal', id: 'e', percent: 5 }, '5% in quote uguali'],
      [{ kind: 'vulnerable', id: 'v', percent: 5 }, '5% alle famiglie in condizione di vulnerabilità'],
      [{ kind: 'fund', id: 'fs', percent: 10, group: 'solidarity-fund' }, '10% al fondo di solidarietà'],
      [{ kind: 'limits', id: 'l', capEurPerYear: 500, floorEurPerYear: 20 }, "più di 500 € all'anno"],
    ];
    for (const [rule, words] of rules) expect(ruleSentence(rule, f)).toContain(words);
  });

  it('without a simulation says how to get the worked example; refused rules are named', () => {
    const input: RegolamentoInput = {
      template: TEMPLATE,
      community: { name: 'CER X', legalEntity: '', type: 'CER', constitutionDate: null, municipality: '', region: 'Umbria', referenceYear: 2025 },
      configurations: [{ id: 1, name: 'Uno', substationCode: 'AC001E00001' }],
      members: [],
      plants: [],
      ruleSet: { community: [{ kind: 'consumers', id: 'c', percent: 100 }], configurations: {} },
      isDefaultRules: false,
      division: null,
      computedAt: null,
      referents: new Map([[1, null]]),
      today: '2026-01-15',
    };
    const doc = regolamento(input);
    const refused = regolamento({ ...input, divisionProblems: ['Configurazione AC001E00001: la quota eccedentaria di 12,00 € non è coperta'] }).articles.find((a) => a.id === 'esempio')!;
    expect(text((refused.blocks[0] as { spans: Span[] }).spans)).toMatch(/le regole non ripartiscono la simulazione — Configurazione AC001E00001: la quota eccedentaria/);
    const example = doc.articles.find((a) => a.id === 'esempio')!;
    expect(example.blocks).toHaveLength(1);
    expect(text((example.blocks[0] as { spans: Span[] }).spans)).toMatch(/DA COMPLETARE: esempio di calcolo: eseguire la simulazione/);
    expect(text(doc.preamble)).toContain('[DA COMPLETARE: comune]');
    expect(doc.title).toContain('«CER X»');
    const riparto = doc.articles.find((a) => a.id === 'riparto')!;
    expect(riparto.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.spans : [])).some((s) => s.mark === 'missing' && s.text.includes('Referente'))).toBe(true);
  });
});
