/** `condivisa check` (in-process): findings by severity, exit 3 when one blocks. */
import { describe, expect, it } from 'vitest';
import { testService } from '../helpers/service';
import { cliWorkspace } from '../helpers/cli';

const ws = cliWorkspace();
const condivisa = ws.condivisa;

/** Builds a project file through the core: one CER configuration with one member and one plant. */
async function makeProject(file: string, secondMember: boolean) {
  const api = testService(ws.dir());
  try {
    const { path: project } = await api.createProject({ path: file, name: 'CER Prova CLI', type: 'CER' });
    await api.updateCommunity({ project, patch: { constitutionDate: '2024-05-01' } });
    const c = await api.addConfiguration({ project, configuration: { name: 'Centro', substationCode: 'AC001E00934' } });
    const a = await api.addMember({ project, member: { name: 'Maria', pods: ['IT001E00000001'], configurationId: c.id } });
    const p = await api.addPlant({ project, plant: { name: 'FV', kWp: 20, ownerMemberId: a.id, configurationId: c.id, pod: 'IT001E00000003', commissioningDate: '2024-09-01' } });
    const located = [['member', a.id], ['plant', p.id]] as ['member' | 'plant', number][];
    if (secondMember) {
      const b = await api.addMember({ project, member: { name: 'Luca', pods: ['IT001E00000002'], configurationId: c.id } });
      located.push(['member', b.id]);
    }
    for (const [kind, id] of located) await api.updateRuleFields({ project, entity: { kind, id }, patch: { declaredSubstationCode: 'AC001E00934' } });
    return project;
  } finally {
    api.dispose();
  }
}

describe('condivisa check', () => {
  it('documents exit code 3 in the help', async () => {
    const top = await condivisa('--help');
    expect(top.stdout).toMatch(/check\s+check the project against the operating rules/);
    expect(top.stdout).toMatch(/3 `check` found a blocking finding/);
    expect((await condivisa('check', '--help')).stdout).toMatch(/Usage: condivisa check <file.condivisa>[\s\S]*3 at least one blocking finding/);
  });

  it('exits 3 with the blocking finding, its source and fix (Italian by default)', async () => {
    await makeProject('one.condivisa', false);
    const r = await condivisa('check', 'one.condivisa', '--today', '2025-01-15');
    expect(r.code, r.stderr).toBe(3);
    expect(r.stdout).toMatch(/BLOCCANTI \(\d+\)/);
    expect(r.stdout).toMatch(/✖ Configurazione "Centro": La configurazione "Centro" ha 1 membri/);
    expect(r.stdout).toMatch(/Fonte: \[RO p\.16\] · cer\.min-members/);
    expect(r.stdout).toMatch(/Come risolvere: Assegnare alla configurazione altri membri/);
    expect(r.stdout).toMatch(/Esito: \d+ bloccanti/);
    const en = await condivisa('check', 'one.condivisa', '--today', '2025-01-15', '--lang', 'en');
    expect(en.code).toBe(3);
    expect(en.stdout).toMatch(/BLOCKING[\s\S]*How to fix: Assign more community members/);
  });

  it('exits 0 when nothing blocks; --json carries the findings and counts', async () => {
    await makeProject('two.condivisa', true);
    const r = await condivisa('check', 'two.condivisa', '--today', '2025-01-15', '--json');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ today: '2025-01-15', blocking: 0 });
    expect(json.findings.every((f: { severity: string }) => f.severity !== 'blocking')).toBe(true);
    expect(json.rules.length).toBeGreaterThan(30);
    expect((await condivisa('check', 'two.condivisa', '--today', '2025-01-15')).code).toBe(0);
  });

  it('exits 1 on user errors', async () => {
    for (const args of [
      ['check'],
      ['check', 'missing.condivisa'],
      ['check', 'two.condivisa', '--today', '15/01/2025'],
      ['check', 'two.condivisa', '--lang', 'fr'],
    ]) {
      const r = await condivisa(...args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
