/** Primary-substation area of every point [RO §1.1.4 p.6]. */
import { defineRule, finding, ro } from '../rule';
import type { Finding } from '../types';

export const substationCode = defineRule({
  id: 'config.substation-code',
  title: { code: 'rules.config.substation-code.title' },
  citations: [{ page: 6, keyword: 'codice identificativo dell\'area sottesa alla cabina primaria' }],
  check(ctx) {
    const out: Finding[] = [];
    const shape = new RegExp(ctx.t.substationCodePattern);
    for (const c of ctx.input.configurations) {
      const code = c.substationCode.trim();
      if (code === '') {
        out.push(finding(this.id, 'warning', 'configuration', c.id, ro(6),
          { code: 'rules.config.substation-code.configuration-primary-substation-area', params: { name: c.name } },
          { code: 'rules.config.substation-code.set-area-code-gse' }));
      } else if (!shape.test(code)) {
        out.push(finding(this.id, 'warning', 'configuration', c.id, ro(6),
          { code: 'rules.config.substation-code.area-code-does-expected', params: { code } },
          { code: 'rules.config.substation-code.copy-code-gse-conventional' }));
      }
    }
    return out;
  },
});

export const substationArea = defineRule({
  id: 'point.substation-area',
  title: { code: 'rules.point.substation-area.title' },
  citations: [{ page: 6, keyword: 'medesima cabina primaria' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      const code = c.substationCode.trim();
      const entities = [
        ...ctx.membersOf(c.id).filter((m) => m.pods.length > 0).map((m) => ({ kind: 'member' as const, id: m.id, name: m.name, located: m.locatedSubstationCode })),
        ...ctx.plantsOf(c.id).map((p) => ({ kind: 'plant' as const, id: p.id, name: p.name, located: p.locatedSubstationCode })),
      ];
      if (code === '') {
        const codes = new Set(entities.map((e) => e.located?.trim()).filter((x): x is string => !!x));
        if (codes.size > 1) {
          out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(6),
            { code: 'rules.point.substation-area.points-configuration-lie-different', params: { name: c.name, size: codes.size, value: [...codes].join(', ') } },
            { code: 'rules.point.substation-area.split-configuration-primary-substation' }));
        }
        continue;
      }
      for (const e of entities) {
        const located = e.located?.trim() ?? '';
        if (located === '') {
          out.push(finding(this.id, 'warning', e.kind, e.id, ro(6),
            { code: 'rules.point.substation-area.primary-substation-area-unknown', params: { name: e.name, code } },
            { code: 'rules.point.substation-area.place-map-import-conventional' }));
        } else if (located.toUpperCase() !== code.toUpperCase()) {
          out.push({ ...finding(this.id, 'blocking', e.kind, e.id, ro(6),
            { code: 'rules.point.substation-area.lies-area-configuration', params: { name: e.name, located, code, name2: c.name } },
            { code: 'rules.point.substation-area.move-configuration-right-area' }), effect: 'excludes' });
        }
      }
    }
    return out;
  },
});

export const POINT_RULES = [substationCode, substationArea];
