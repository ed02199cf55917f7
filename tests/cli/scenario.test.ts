/** `condivisa scenario`: save, compare and reopen project scenarios from the command line. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';
import { cliInProcess } from '../helpers/cli';
import { testService } from '../helpers/service';
import type { ProjectScenarioComparison, ProjectScenarioItem } from '../../core/api/common';

let tmp: ReturnType<typeof tempDir>;
let project: string;
const condivisa = cliInProcess(() => tmp.dir);

beforeAll(async () => {
  tmp = tempDir();
  const api = testService(tmp.dir);
  project = (await api.createProject({ path: 'borgo', name: 'CER Borgo', type: 'CER', referenceYear: 2025 })).path;
  await api.updateCommunity({ project, patch: { region: 'Lombardia', municipality: 'Bergamo' } });
  const c = await api.addConfiguration({ project, configuration: { name: 'Centro' } });
  for (const [i, kwh] of [3000, 2500, 40000].entries()) {
    await api.addMember({ project, member: { name: `Membro ${i + 1}`, pods: [`IT001E0000000${i + 1}`], annualKWh: kwh, configurationId: c.id, lat: 45.69, lon: 9.67 } });
  }
  await api.addPlant({ project, plant: { name: 'FV tetto', kWp: 10, pod: 'IT001E00000009', configurationId: c.id, lat: 45.69, lon: 9.67 } });
  api.dispose();
}, 60_000);
afterAll(() => tmp.cleanup());

describe('condivisa scenario', () => {
  it('saves A, then B with one more plant, compares them (+kWp, more shared energy) and reopens A', async () => {
    expect((await condivisa('scenario', project, '--list')).stdout).toMatch(/nessuno scenario salvato/);
    const a = await condivisa('scenario', project, '--save', 'Base', '--json');
    expect(a.code, a.stderr).toBe(0);
    expect(JSON.parse(a.stdout) as ProjectScenarioItem).toMatchObject({ name: 'Base', simulated: true, summary: { kWp: 10, members: 3 } });

    const api = testService(tmp.dir);
    const [config] = await api.listConfigurations({ project });
    await api.addPlant({ project, plant: { name: 'FV scuola', kWp: 25.5, pod: 'IT001E00000010', configurationId: config!.id, lat: 45.69, lon: 9.67 } });
    api.dispose();
    expect((await condivisa('scenario', project, '--save', 'Con la scuola')).stdout).toMatch(/salvato lo scenario «Con la scuola» \[2\]/);

    const json = await condivisa('scenario', project, '--compare', 'base', '2', '--json');
    expect(json.code, json.stderr).toBe(0);
    const cmp = JSON.parse(json.stdout) as ProjectScenarioComparison;
    expect(cmp.cells.kWp[1]).toMatchObject({ value: 35.5, delta: 25.5 });
    // 40 MWh of withdrawals leave room: a second plant can only add shared energy.
    expect(cmp.cells.sharedKWh[1]!.delta!).toBeGreaterThan(0);
    const text = await condivisa('scenario', project, '--compare', 'Base', 'Con la scuola');
    expect(text.stdout).toMatch(/potenza \(kWp\)\s+10\s+35,5 \(\+25,5\)/);

    const list = await condivisa('scenario', project, '--list');
    expect(list.stdout).toMatch(/\* \[2\] Con la scuola/);
    const opened = await condivisa('scenario', project, '--open', 'Base');
    expect(opened.stdout).toMatch(/riaperto lo scenario «Base» \[1\]/);
    expect(opened.stdout).not.toMatch(/stato di lavoro salvato/);
    expect((await condivisa('scenario', project, '--list')).stdout).toMatch(/\* \[1\] Base/);
  });

  it('refuses a missing choice, an unknown scenario, one scenario to compare', async () => {
    expect((await condivisa('scenario', project)).stderr).toMatch(/choose one of/);
    expect((await condivisa('scenario', project, '--compare', 'Base', 'Nessuno')).stderr).toMatch(/no scenario "Nessuno"/);
    expect((await condivisa('scenario', project, '--compare', 'Base')).code).toBe(1);
  });
});
