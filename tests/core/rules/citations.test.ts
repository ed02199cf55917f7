import { describe, expect, it } from 'vitest';
import { RULES } from '../../../core/rules/registry';
import { loadThresholds, norm, RO_TEXT, roPages, run } from './fixtures';
import { SCENARIOS } from './scenarios';
import { describeWithReference } from '../../helpers/reference';

const byId = new Map(RULES.map((r) => [r.id, r]));
const RO_CITE = /\[RO p\.(\d+)\]/g;

describe('citations declared by the rules', () => {
  for (const rule of RULES) {
    it(`${rule.id}: cites pages, each declared with a keyword`, () => {
      expect(rule.citations.length).toBeGreaterThan(0);
      for (const c of rule.citations) expect(c.keyword.length, `p.${c.page}`).toBeGreaterThan(0);
      const cited = [...rule.source.matchAll(RO_CITE)].map((m) => Number(m[1]));
      expect(cited.length).toBeGreaterThan(0);
      for (const n of cited) expect(rule.citations.map((c) => c.page)).toContain(n);
    });
  }
});

describeWithReference([RO_TEXT], 'citations of the operating rules [RO p.N] against their text', () => {
  const pages = roPages();
  it('reads the RO text', () => {
    expect(pages.size).toBeGreaterThan(150);
  });

  for (const rule of RULES) {
    it(`${rule.id}: each cited page exists and contains the rule's keyword`, () => {
      for (const c of rule.citations) {
        const text = pages.get(c.page);
        expect(text, `page ${c.page}`).toBeDefined();
        expect(text, `p.${c.page} should contain "${c.keyword}"`).toContain(norm(c.keyword));
      }
    });
  }

  it('every finding of the failing projects cites a declared page whose text has the keyword', () => {
    let checked = 0;
    for (const s of SCENARIOS) {
      for (const f of run(s.fail(), s.options)) {
        const rule = byId.get(f.ruleId);
        if (!rule) continue; // local rules cite their own scheme
        for (const m of f.source.matchAll(RO_CITE)) {
          const page = Number(m[1]);
          const citation = rule.citations.find((c) => c.page === page);
          expect(citation, `${f.ruleId} cites undeclared p.${page}`).toBeDefined();
          expect(pages.get(page)).toContain(norm(citation!.keyword));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(SCENARIOS.length);
  });

  it('thresholds cite RO pages that exist', () => {
    const t = loadThresholds();
    for (const [key, meta] of Object.entries(t.meta)) {
      for (const m of meta.source.matchAll(RO_CITE)) {
        expect(pages.has(Number(m[1])), `${key} → p.${m[1]}`).toBe(true);
      }
      if (!meta.secondary) expect(meta.source, key).toMatch(RO_CITE);
    }
  });

  it('spot-checks threshold values against their page', () => {
    expect(pages.get(9)).toContain('16 dicembre 2021');
    expect(pages.get(9)).toContain('24/01/2024');
    expect(pages.get(10)).toContain('30% della potenza complessiva');
    expect(pages.get(18)).toContain('35.14.00');
    expect(pages.get(33)).toContain('120 (centoventi) giorni');
    expect(pages.get(47)).toContain('inferiore a 5.000 abitanti');
    expect(pages.get(47)).toContain('30 giugno 2026');
    expect(pages.get(51)).toContain('31 marzo 2025');
    expect(pages.get(55)).toContain('31 agosto 2026');
  });
});
