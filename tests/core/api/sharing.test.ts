import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../core/api/common';
import type { SharingRuleSet } from '../../../core/sharing';
import { rejection, useTestService } from '../../helpers/service';

const fixture = useTestService();
const api = fixture.api;

async function finish(jobId: string): Promise<JobStatus> {
  for (;;) {
    const job = await api.getJob({ jobId });
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 10));
  }
}

const cents = (x: number) => Math.round(x * 100);

const solidale: SharingRuleSet = {
  community: [
    { kind: 'cost', id: 'gse', group: 'gse-fees' },
    { kind: 'cost', id: 'gestione', group: 'management', eurPerYear: 600 },
    { kind: 'fund', id: 'fondo', percent: 20, group: 'social-fund' },
  ],
  configurations: {
    AC012E00001: [{ kind: 'consumers', id: 'consumatori', percent: 60, vulnerableWeight: 2 }, { kind: 'producers', id: 'produttori', percent: 20, basis: 'injected' }],
    AC012E00002: [{ kind: 'equal', id: 'quote', percent: 80 }],
  },
};

describe('sharing through the API', () => {
  it('stores rules per configuration, divides the last simulation to the cent, compares two sets', async () => {
    const { path: project } = await api.openDemoProject({});
    expect((await rejection(api.computeSharing({ project }))).messageIt).toMatch(/eseguire prima la simulazione/);
    expect((await api.getSharingRules({ project })).isDefault).toBe(true);
    expect((await finish((await api.startSimulation({ project })).jobId)).status).toBe('done');

    const saved = await api.setSharingRules({ project, ruleSet: solidale });
    expect(saved).toMatchObject({ isDefault: false, ruleSet: solidale, problems: [] });
    expect(saved.configurations.map((c) => c.substation)).toEqual(['AC012E00001', 'AC012E00002']);

    const view = await api.computeSharing({ project });
    expect(view.stale).toBe(false);
    expect(view.members).toHaveLength(10);
    for (const c of view.configurations) {
      const inConfig = view.members.filter((m) => m.configurationId === c.configurationId);
      const landed = inConfig.reduce((s, m) => s + cents(m.totalEur), 0) + c.groups.reduce((s, g) => s + cents(g.eur), 0);
      expect(landed).toBe(cents(c.incentiveEur) + cents(c.valorisationEur));
      expect(c.incentiveEur).toBeGreaterThan(0);
    }
    const sim = (await api.getSimulation({ project }))!.result;
    expect(view.configurations.map((c) => c.incentiveEur)).toEqual(sim.configurations.map((c) => c.economics!.incentiveEur));

    // Who gains and who loses if everything went to consumers pro rata.
    const cmp = await api.compareSharing({ project, b: { community: [{ kind: 'consumers', id: 'c', percent: 100 }], configurations: {} } });
    expect(cmp.members).toHaveLength(10);
    expect(cmp.gainers + cmp.losers).toBeGreaterThan(0);
    expect(cents(cmp.categories.reduce((s, c) => s + c.diffEur, 0))).toBe(cents(cmp.members.reduce((s, m) => s + m.diffEur, 0)));
  }, 120_000);

  it('refuses a set with problems, naming the rule, and changes nothing', async () => {
    const { path: project } = await api.openDemoProject({});
    await api.setSharingRules({ project, ruleSet: solidale });
    const bad = await rejection(api.setSharingRules({ project, ruleSet: { community: [{ kind: 'consumers', id: 'consumatori', percent: 90 }] } }));
    expect(bad.code).toBe('bad-request');
    expect(bad.messageIt).toMatch(/«consumatori» 90%/);
    const negative = await rejection(api.setSharingRules({ project, ruleSet: { community: [{ kind: 'cost', id: 'assicurazione', group: 'insurance', eurPerYear: -1 }, { kind: 'consumers', id: 'c', percent: 100 }] } }));
    expect(negative.message).toMatch(/Rule "assicurazione": "eurPerYear" is negative/);
    const unknown = await rejection(api.setSharingRules({ project, ruleSet: { community: [{ kind: 'consumers', id: 'c', percent: 100 }], configurations: { AC999E99999: [] } } }));
    expect(unknown.message).toMatch(/AC999E99999/);
    expect((await api.getSharingRules({ project })).ruleSet).toEqual(solidale);
    expect((await api.setSharingRules({ project, ruleSet: null })).isDefault).toBe(true);
  });
});

describe('GSE monthly statements through the API', () => {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

  it('imports the amounts GSE paid and divides them instead of the simulated ones', async () => {
    const { path: project } = await api.openDemoProject({});
    expect((await finish((await api.startSimulation({ project })).jobId)).status).toBe('done');
    const template = await api.gseStatementsTemplate({ project });
    expect(template.text.split('\r\n')[1]).toMatch(/^AC012E00001;\d{4};1;;;$/);
    const year = (await api.getProjectSummary({ project })).community.referenceYear;
    const csv = ['Cabina primaria;Anno;Mese;Incentivo €;Valorizzazione €', `AC012E00001;${year};3;120,00;10,00`, `AC012E00001;${year};4;30,00;5,00`, `AC012E00002;${year};3;80,00;0`].join('\n');
    const view = await api.importGseStatements({ project, name: 'gse.csv', base64: b64(csv) });
    expect(view.configurations[0]!.months[2]).toEqual({ incentiveEur: 120, valorisationEur: 10, restrictedEur: null });
    const shared = await api.computeSharing({ project, source: 'gse' });
    expect(shared.source).toBe('gse');
    expect(shared.configurations.map((c) => [c.incentiveEur, c.valorisationEur])).toEqual([[150, 15], [80, 0]]);
    // April's 35.00 € is under the €50 minimum: carried into the next year.
    expect(shared.configurations[0]!.paidMonths.slice(2, 5)).toEqual([130, 0, 0]);
    expect(shared.notes.some((n) => n.code === 'sharing/gse-months-missing')).toBe(true);
  }, 120_000);

  it('refuses unknown configurations, months of another year and repeated months, naming the row; nothing is written', async () => {
    const { path: project } = await api.openDemoProject({});
    const year = (await api.getProjectSummary({ project })).community.referenceYear;
    const head = 'Cabina primaria;Anno;Mese;Incentivo €;Valorizzazione €';
    const unknown = await rejection(api.importGseStatements({ project, name: 'gse.csv', base64: b64(`${head}\nAC012E00001;${year};1;10;1\nAC999E00009;${year};2;10;1`) }));
    expect(unknown.messageIt).toMatch(/gse\.csv, riga 3: nessuna configurazione con cabina primaria «AC999E00009»/);
    const otherYear = await rejection(api.importGseStatements({ project, name: 'gse.csv', base64: b64(`${head}\nAC012E00001;${year - 1};1;10;1`) }));
    expect(otherYear.message).toMatch(/row 2: month 1\/\d{4} is outside the project's reference year/);
    const twice = await rejection(api.importGseStatements({ project, name: 'gse.csv', base64: b64(`${head}\nAC012E00001;${year};1;10;1\nAC012E00001;${year};1;10;1`) }));
    expect(twice.message).toMatch(/row 3: .* already given in row 2/);
    expect((await api.getGseStatements({ project })).configurations.every((c) => c.months.every((m) => m === null))).toBe(true);
  });
});
