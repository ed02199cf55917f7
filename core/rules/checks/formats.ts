/** Shape of POD and CENSIMP codes (the RO asks for the codes but does not define their format). */
import { defineRule, finding, ro } from '../rule';
import type { Finding, Message } from '../types';
import { configuredPlants } from './plants';
import { normalisePod, POD_SHAPE } from '../../model/pod';

export const podFormat = defineRule({
  id: 'format.pod',
  title: { code: 'rules.format.pod.title' },
  citations: [
    { page: 101, keyword: 'codici pod' },
    { page: 68, keyword: 'codice pod della sezione' },
  ],
  check(ctx) {
    const out: Finding[] = [];
    const shape = new RegExp(ctx.t.podPattern);
    const bad: Message = { code: 'rules.format.pod.expected-e-g-it001e12345678', params: { shape: POD_SHAPE } };
    for (const m of ctx.input.members) {
      if (m.configurationId === null) continue;
      if (m.pods.length === 0) {
        out.push(finding(this.id, 'info', 'member', m.id, ro(101),
          { code: 'rules.format.pod.withdrawal-point-pod-does', params: { name: m.name } },
          { code: 'rules.format.pod.add-member-s-pods' }));
      }
      for (const pod of m.pods) {
        if (shape.test(normalisePod(pod))) continue;
        out.push(finding(this.id, 'warning', 'member', m.id, ro(101),
          { code: 'rules.format.pod.pod-valid', params: { pod, name: m.name, expected: bad } },
          { code: 'rules.format.pod.copy-pod-bill' }));
      }
    }
    for (const p of configuredPlants(ctx)) {
      const pod = normalisePod(p.pod);
      if (pod !== '' && shape.test(pod)) continue;
      out.push(finding(this.id, 'warning', 'plant', p.id, ro(68),
        pod === ''
          ? { code: 'rules.format.pod.connection-point-pod-recorded', params: { name: p.name } }
          : { code: 'rules.format.pod.pod-valid', params: { pod: p.pod, name: p.name, expected: bad } },
        { code: 'rules.format.pod.enter-pod-point-section' }));
    }
    return out;
  },
});

export const censimpFormat = defineRule({
  id: 'format.censimp',
  title: { code: 'rules.format.censimp.title' },
  citations: [{ page: 29, keyword: 'censimp' }],
  check(ctx) {
    const out: Finding[] = [];
    const shape = new RegExp(ctx.t.censimpPattern);
    for (const p of configuredPlants(ctx)) {
      const code = p.censimp.trim().toUpperCase();
      if (code === '') {
        if (p.commissioningDate === null) continue;
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(29),
          { code: 'rules.format.censimp.operation-but-censimp-code', params: { name: p.name } },
          { code: 'rules.format.censimp.enter-censimp-code-issued' }));
      } else if (!shape.test(code)) {
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(29),
          { code: 'rules.format.censimp.censimp-code-unexpected-shape', params: { censimp: p.censimp, name: p.name } },
          { code: 'rules.format.censimp.check-code-gaudi-certificate' }));
      }
    }
    return out;
  },
});

export const FORMAT_RULES = [podFormat, censimpFormat];
