/**
 * The message catalogues: every code has an Italian and an English sentence with the same
 * placeholders, every code the core writes exists, and the core holds no Italian/English
 * sentence literals of its own (nor English/Italian pairs passed to the API's error
 * helpers). Expected texts below are written by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, formatMessage, textIn, type MessageCode } from '../../../core/model/messages';
import { fieldProblemMessage, validateMemberPatch, validatePlantPatch } from '../../../core/model/entity-validation';

const ROOT = path.resolve(__dirname, '../../..');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join('/');
const coreFiles = sourceFiles(path.join(ROOT, 'core')).filter((p) => !rel(p).startsWith('core/model/messages/'));

describe('message catalogues', () => {
  it('has an Italian and an English sentence for every code, with the same placeholders', () => {
    const itCodes = Object.keys(CATALOGUE.it).sort();
    expect(Object.keys(CATALOGUE.en).sort()).toEqual(itCodes);
    expect(itCodes.length).toBeGreaterThan(200);
    for (const code of itCodes as MessageCode[]) {
      const [it, en] = [CATALOGUE.it[code], CATALOGUE.en[code]];
      expect(it.trim(), code).not.toBe('');
      expect(en.trim(), code).not.toBe('');
      expect(placeholders(it), code).toEqual(placeholders(en));
    }
  });

  it('knows every code the core writes', () => {
    const known = new Set(Object.keys(CATALOGUE.it));
    const prefixes = [...new Set([...known].map((c) => c.split('.')[0]))];
    const re = new RegExp(`code: '((?:${prefixes.join('|')})\\.[\\w.-]+)'`, 'g');
    const used = new Set(coreFiles.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(re)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(200);
    expect([...used].filter((c) => !known.has(c))).toEqual([]);
  });

  it('leaves no Italian/English sentence literals in the core', () => {
    // Every sentence lives in core/model/messages: no `{ it: '…', en: '…' }` object built
    // elsewhere in the core (user-typed text and reference data come from files, not literals).
    const literal = /\b(it|en)\s*:\s*['"`][^'"`]*[A-Za-zÀ-ú]/;
    expect(coreFiles.filter((f) => literal.test(fs.readFileSync(f, 'utf8'))).map(rel)).toEqual([]);
  });

  it('leaves no positional English/Italian pairs in the API error helpers', () => {
    // badRequest/notFound/conflict and the HTTP refusals take a Message; an ApiError is built
    // from text only where it is relayed (ApiError.fromData), never from two sentences.
    const positional = [/\b(?:badRequest|notFound|conflict|refuse)\(\s*(?:\d+\s*,\s*)?['"`]/, /new ApiError\(\s*'[\w-]+'\s*,\s*['"`]/, /new ProjectFileError\([^)]*?,\s*['"`]/];
    const offenders = coreFiles.filter((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return positional.some((re) => re.test(text));
    });
    expect(offenders.map(rel)).toEqual([]);
  });
});

describe('formatMessage', () => {
  it('substitutes parameters and writes numbers the Italian or English way', () => {
    const m = { code: 'rules.cer.existing-power-share.configuration-existing-plants-above', params: { name: 'Borgo', existing: 'x', total: 'y', pct: 33.3, max: 30 } } as const;
    expect(formatMessage(m, 'it')).toBe('Nella configurazione "Borgo" gli impianti esistenti sono x su y (33,3%), oltre il 30%.');
    expect(formatMessage(m, 'en')).toBe('In configuration "Borgo" existing plants are x of y (33.3%), above 30%.');
  });

  it('renders nested messages, lists and user-typed text in the same language', () => {
    const kw = { code: 'rules.unit.kw', params: { kw: 1234.5 } } as const;
    // Italian groups thousands from five digits, English from four.
    expect(formatMessage(kw, 'it')).toBe('1234,5 kW');
    expect(formatMessage(kw, 'en')).toBe('1,234.5 kW');
    expect(formatMessage({ code: 'rules.unit.kw', params: { kw: 12345.5 } }, 'it')).toBe('12.345,5 kW');
    expect(formatMessage({ code: 'rules.unit.kw', params: { kw: 12345.5 } }, 'en')).toBe('12,345.5 kW');
    const fix = { code: 'rules.local.fix', params: { title: { it: 'Impianti piccoli', en: 'Small plants' } } } as const;
    expect(formatMessage(fix, 'it')).toBe('Regola locale: Impianti piccoli.');
    expect(formatMessage(fix, 'en')).toBe('Local rule: Small plants.');
    const problems = { code: 'rules.config.connection-points.configuration', params: { name: 'C1', problems: [{ code: 'rules.config.connection-points.no-withdrawal-point' }, { code: 'rules.config.connection-points.no-production-plant' }] } } as const;
    expect(formatMessage(problems, 'it')).toBe('Configurazione "C1": nessun punto di prelievo, nessun impianto di produzione.');
    expect(formatMessage(problems, 'en')).toBe('Configuration "C1": no withdrawal point, no production plant.');
  });

  it('shows text parameters (years, row numbers) and user text as given', () => {
    expect(formatMessage({ code: 'rules.local.members-above-maximum', params: { n: '2025', max: 40 } }, 'en')).toBe('2025 members, above the maximum of 40.');
    expect(textIn({ it: 'Testo', en: 'Text' }, 'en')).toBe('Text');
  });
});

describe('entity problems in the user\'s words', () => {
  const said = (entity: 'member' | 'plant', problems: ReturnType<typeof validatePlantPatch>, lang: 'it' | 'en') =>
    formatMessage(fieldProblemMessage(entity, problems[0]!), lang);

  it('names the field by its label and unit', () => {
    const p = validatePlantPatch({ kWp: 0 });
    expect(said('plant', p, 'it')).toBe('Potenza (kWp) deve essere maggiore di 0');
    expect(said('plant', p, 'en')).toBe('Power (kWp) must be greater than 0');
  });

  it('states a fraction shown in % in the form\'s unit (grant ≤ 0.4 → 40 %)', () => {
    const p = validatePlantPatch({ grantShare: 0.5 });
    expect(said('plant', p, 'it')).toBe('Contributo in conto capitale (%) deve essere tra 0 e 40 %');
    expect(said('plant', p, 'en')).toBe('Capital grant (%) must be between 0 and 40 %');
  });

  it('names a sub-field of the battery by its label', () => {
    const p = validateMemberPatch({ battery: { capacityKWh: 10, powerKW: 5, roundTripEfficiency: 0.9, minSoc: 0.95, strategy: 'self-consumption' } });
    expect(said('member', p, 'it')).toBe('Batteria › Carica minima (%) deve essere tra 0 e 90 %');
  });
});
