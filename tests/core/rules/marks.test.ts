import { describe, expect, it } from 'vitest';
import { findingMarks, markKey, ruleTitles } from '../../../core/rules/marks';
import type { Finding, Severity } from '../../../core/rules/types';
import { textIn } from '../../../core/model/messages';

const f = (ruleId: string, severity: Severity, kind: Finding['entity']['kind'], id: number): Finding => ({
  ruleId,
  severity,
  entity: { kind, id },
  // A local rule's fix names its user-typed title, so the fixture's text is checkable.
  message: { code: 'rules.local.fix', params: { title: `msg ${ruleId}` } },
  source: '[RO p.1]',
  fix: { code: 'rules.local.fix', params: { title: 'fix' } },
});

describe('findingMarks', () => {
  it('marks members and plants by their worst severity, leaving out information and other entities', () => {
    const marks = findingMarks([
      f('a', 'warning', 'member', 1),
      f('b', 'blocking', 'member', 1),
      f('c', 'warning', 'plant', 1),
      f('d', 'info', 'plant', 2),
      f('e', 'blocking', 'configuration', 1),
      f('g', 'blocking', 'community', 0),
    ]);
    expect([...marks.keys()].sort()).toEqual(['member:1', 'plant:1']);
    expect(marks.get(markKey('member', 1))).toMatchObject({ severity: 'blocking', blocking: 1, warnings: 1 });
    expect(marks.get('member:1')!.items.map((i) => i.ruleId)).toEqual(['b', 'a']); // blocking first
    expect(marks.get('plant:1')).toMatchObject({ severity: 'warning', blocking: 0, warnings: 1 });
  });

  it('lists a rule once per point, with its title when known, else the message', () => {
    const titles = ruleTitles([{ id: 'point.substation-area', title: { it: 'Stessa cabina', en: 'Same substation' } }], [
      { id: 'mi-power', title: { it: 'Da 10 a 1.000 kW', en: '10 to 1,000 kW' } },
    ]);
    const marks = findingMarks(
      [f('point.substation-area', 'warning', 'member', 3), f('point.substation-area', 'blocking', 'member', 3), f('local.mi-power', 'blocking', 'plant', 4), f('x', 'warning', 'plant', 4)],
      (id) => titles.get(id),
    );
    const m = marks.get('member:3')!;
    expect(m.items).toEqual([{ ruleId: 'point.substation-area', severity: 'blocking', text: { it: 'Stessa cabina', en: 'Same substation' } }]);
    expect(m.blocking).toBe(1);
    expect(m.warnings).toBe(1);
    expect(marks.get('plant:4')!.items.map((i) => textIn(i.text, 'it'))).toEqual(['Da 10 a 1.000 kW', 'Regola locale: msg x.']);
  });

  it('is empty without findings', () => {
    expect(findingMarks([]).size).toBe(0);
  });
});
