import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreService } from '../../../core/api/node/core-service';
import { listRules } from '../../../core/rules';
import { testService, rejection } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';
import { formatMessage } from '../../../core/model/messages';

let dir: string;
let cleanup: () => void;
let api: CoreService;
const TODAY = '2025-01-15';

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  api = testService(dir);
});
afterEach(() => {
  api.dispose();
  cleanup();
});


const ids = (r: { findings: { ruleId: string; entity: { kind: string; id: number } }[] }) =>
  r.findings.map((f) => `${f.ruleId}@${f.entity.kind}:${f.entity.id}`);

/** A small CER: one configuration, two members, one plant, all in area AC001E00934 (declared). */
async function smallCer() {
  const { path: project } = await api.createProject({ path: 'cer', name: 'CER Piccola', type: 'CER', municipality: 'Bergamo' });
  await api.updateCommunity({ project, patch: { constitutionDate: '2024-05-01' } });
  const c = await api.addConfiguration({ project, configuration: { name: 'Centro', substationCode: 'AC001E00934' } });
  const a = await api.addMember({ project, member: { name: 'Maria', pods: ['IT001E00000001'], configurationId: c.id } });
  const b = await api.addMember({ project, member: { name: 'Forno', category: 'sme', ateco: '10.71.10', pods: ['IT001E00000002'], configurationId: c.id } });
  const p = await api.addPlant({
    project,
    plant: { name: 'FV forno', kWp: 19.8, ownerMemberId: b.id, configurationId: c.id, pod: 'IT001E00000003', commissioningDate: '2024-09-01', censimp: 'IM_1234567' },
  });
  for (const [kind, id] of [['member', a.id], ['member', b.id], ['plant', p.id]] as const) {
    await api.updateRuleFields({ project, entity: { kind, id }, patch: { declaredSubstationCode: 'AC001E00934', municipality: 'Bergamo' } });
  }
  await api.updateRuleFields({ project, entity: { kind: 'configuration', id: c.id }, patch: { referent: { kind: 'community' } } });
  return { project, c, a, b, p };
}

describe('eligibility checks through CoreService', () => {
  it('returns findings with counts, sources and the list of rules', async () => {
    const { project } = await smallCer();
    const r = await api.checkProject({ project, today: TODAY });
    expect(r.today).toBe(TODAY);
    expect(r.rules).toEqual(listRules());
    expect(r.blocking).toBe(0);
    expect(r.blocking + r.warnings + r.infos).toBe(r.findings.length);
    for (const f of r.findings) {
      expect(f.source).toMatch(/\[RO p\.\d+\]|Comune|DM/);
      expect(formatMessage(f.message, 'it')).not.toBe('');
      expect(formatMessage(f.fix, 'en')).not.toBe('');
    }
  });

  it('a large enterprise is a blocking finding on that member, fixed by an edit', async () => {
    const { project, b } = await smallCer();
    await api.updateMember({ project, id: b.id, patch: { category: 'large_enterprise' } });
    const bad = await api.checkProject({ project, today: TODAY });
    expect(bad.blocking).toBeGreaterThan(0);
    const f = bad.findings.find((x) => x.ruleId === 'cer.member-category')!;
    expect(f).toMatchObject({ severity: 'blocking', entity: { kind: 'member', id: b.id }, source: '[RO p.18]' });
    await api.updateMember({ project, id: b.id, patch: { category: 'sme' } });
    const good = await api.checkProject({ project, today: TODAY });
    expect(ids(good)).not.toContain(`cer.member-category@member:${b.id}`);
    expect(good.blocking).toBe(0);
  });

  it('the demo project: a member under net metering blocks; clearing the field fixes it', async () => {
    const { path: project } = await api.openDemoProject({});
    const before = await api.checkProject({ project, today: TODAY });
    const member = (await api.listMembers({ project }))[0]!;
    await api.updateRuleFields({ project, entity: { kind: 'member', id: member.id }, patch: { netMetering: true } });
    const after = await api.checkProject({ project, today: TODAY });
    expect(ids(after)).toContain(`member.net-metering@member:${member.id}`);
    expect(after.blocking).toBe(before.blocking + 1);
    await api.updateRuleFields({ project, entity: { kind: 'member', id: member.id }, patch: { netMetering: null } });
    expect(await api.getRuleFields({ project })).toMatchObject({ members: { [String(member.id)]: {} } });
    expect((await api.checkProject({ project, today: TODAY })).blocking).toBe(before.blocking);
  });

  it('a CER configuration with one member is blocked at p.16', async () => {
    const { path: project } = await api.createProject({ path: 'one', name: 'Uno', type: 'CER' });
    const c = await api.addConfiguration({ project, configuration: { name: 'Sola' } });
    await api.addMember({ project, member: { name: 'Solo', configurationId: c.id } });
    const r = await api.checkProject({ project, today: TODAY });
    expect(r.findings.find((f) => f.ruleId === 'cer.min-members')).toMatchObject({ severity: 'blocking', source: '[RO p.16]', entity: { kind: 'configuration', id: c.id } });
    await api.addMember({ project, member: { name: 'Unassigned' } });
    expect((await api.checkProject({ project, today: TODAY })).unassigned).toEqual({ members: 1, plants: 0 });
  });

  it('feeds the map-located area to the rules: a point in another area blocks', async () => {
    const { project, a } = await smallCer();
    await api.updateRuleFields({ project, entity: { kind: 'member', id: a.id }, patch: { declaredSubstationCode: 'AC001E00999' } });
    const r = await api.checkProject({ project, today: TODAY });
    expect(r.findings.find((f) => f.ruleId === 'point.substation-area' && f.entity.id === a.id)).toMatchObject({ severity: 'blocking', entity: { kind: 'member' } });
  });

  it('the community setting chooses the PNRR population limit (RO 5,000 or DM 127/2025 50,000)', async () => {
    const { project, p } = await smallCer();
    await api.updateRuleFields({ project, entity: { kind: 'plant', id: p.id }, patch: { pnrrGrant: true, municipalityPopulation: 20000 } });
    const ro = await api.checkProject({ project, today: TODAY });
    expect(ro.findings.find((f) => f.ruleId === 'pnrr.municipality-population')?.severity).toBe('blocking');
    await api.updateRuleFields({ project, entity: { kind: 'community', id: 0 }, patch: { pnrrPopulationLimit: 'dm127' } });
    const dm = await api.checkProject({ project, today: TODAY });
    expect(dm.findings.filter((f) => f.ruleId === 'pnrr.municipality-population' && f.severity === 'blocking')).toEqual([]);
  });

  it('refuses unknown rule fields and wrong types, naming the field', async () => {
    const { project, a, c } = await smallCer();
    const unknown = await rejection(api.updateRuleFields({ project, entity: { kind: 'member', id: a.id }, patch: { colour: 'red' } }));
    expect(unknown).toMatchObject({ code: 'bad-request', field: 'colour' });
    expect(unknown.message).toMatch(/member\.colour unknown field/);
    const wrong = await rejection(api.updateRuleFields({ project, entity: { kind: 'member', id: a.id }, patch: { netMetering: 'yes' } }));
    expect(wrong).toMatchObject({ code: 'bad-request', field: 'netMetering' });
    // In the user's words: the field's label as the form shows it, not its key.
    expect(wrong.messageIt).toBe('Scambio sul posto attivo: deve essere vero o falso');
    expect(wrong.message).toBe('Net metering active: must be true or false');
    const date = await rejection(api.updateRuleFields({ project, entity: { kind: 'configuration', id: c.id }, patch: { filingDate: '2025-02-30' } }));
    expect(date.field).toBe('filingDate');
    const referent = await rejection(api.updateRuleFields({ project, entity: { kind: 'configuration', id: c.id }, patch: { referent: { kind: 'mayor' } } }));
    expect(referent.field).toBe('referent.kind');
    expect((await rejection(api.updateRuleFields({ project, entity: { kind: 'planet', id: 1 }, patch: {} } as never))).field).toBe('entity.kind');
    expect((await rejection(api.updateRuleFields({ project, entity: { kind: 'plant', id: 999 }, patch: { hybrid: true } }))).code).toBe('not-found');
    expect((await rejection(api.checkProject({ project, today: '15/01/2025' }))).field).toBe('today');
    // Nothing was written by the refused edits.
    expect((await api.getRuleFields({ project })).members[String(a.id)]).toEqual({ declaredSubstationCode: 'AC001E00934', municipality: 'Bergamo' });
  });

  it('applies the Milan preset; its rules check the plants and can be replaced or refused', async () => {
    const { project, p } = await smallCer();
    const view = await api.listLocalRules({ project });
    expect(view.rules).toEqual([]);
    expect(view.presets.map((x) => x.id)).toContain('milano-cer-ca-mi');
    const applied = await api.applyLocalRulePreset({ project, preset: 'milano-cer-ca-mi' });
    expect(applied.rules.map((r) => r.id)).toEqual(['milano-plant-power', 'milano-after-constitution']);
    // Applying twice does not duplicate.
    expect((await api.applyLocalRulePreset({ project, preset: 'milano-cer-ca-mi' })).rules).toHaveLength(2);
    await api.updatePlant({ project, id: p.id, patch: { kWp: 6 } });
    const r = await api.checkProject({ project, today: TODAY });
    expect(r.localRules).toBe(2);
    expect(r.findings.find((f) => f.ruleId === 'local.milano-plant-power')).toMatchObject({ severity: 'blocking', entity: { kind: 'plant', id: p.id } });
    expect((await rejection(api.applyLocalRulePreset({ project, preset: '../thresholds' }))).field).toBe('preset');
    const bad = await rejection(api.setLocalRules({ project, rules: [{ id: 'X Y', kind: 'nope' }] as never }));
    expect(bad).toMatchObject({ code: 'bad-request', field: 'rules' });
    expect((await api.listLocalRules({ project })).rules).toHaveLength(2);
    await api.setLocalRules({ project, rules: [] });
    expect((await api.checkProject({ project, today: TODAY })).findings.some((f) => f.ruleId.startsWith('local.'))).toBe(false);
  });
});
