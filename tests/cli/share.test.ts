import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/tmp';
import { cliInProcess } from '../helpers/cli';
import { testService } from '../helpers/service';
import type { SharingView } from '../../core/api/common';

let tmp: ReturnType<typeof tempDir>;
let project: string;
const condivisa = cliInProcess(() => tmp.dir);
const cents = (x: number) => Math.round(x * 100);

beforeAll(async () => {
  tmp = tempDir();
  const api = testService(tmp.dir);
  project = (await api.openDemoProject({})).path;
  const { jobId } = await api.startSimulation({ project });
  for (let job = await api.getJob({ jobId }); job.status === 'running'; job = await api.getJob({ jobId })) await new Promise((r) => setTimeout(r, 10));
  api.dispose();
}, 120_000);
afterAll(() => tmp.cleanup());

describe('condivisa share', () => {
  it('prints the division as JSON, every euro of a configuration landing once', async () => {
    const r = await condivisa('share', project, '--json');
    expect(r.code, r.stderr).toBe(0);
    const view = JSON.parse(r.stdout) as SharingView;
    expect(view.members[0]).toMatchObject({ id: expect.any(Number), name: expect.any(String), pod: expect.any(String), category: expect.any(String), totalEur: expect.any(Number), restrictedEur: expect.any(Number) });
    expect(view.members[0]!.months).toHaveLength(12);
    for (const c of view.configurations) {
      const landed = view.members.filter((m) => m.configurationId === c.configurationId).reduce((s, m) => s + cents(m.totalEur), 0) + c.groups.reduce((s, g) => s + cents(g.eur), 0);
      expect(landed).toBe(cents(c.incentiveEur) + cents(c.valorisationEur));
    }
  });

  it('applies a rule file, prints an Italian table, saves with --save', async () => {
    const rules = path.join(tmp.dir, 'regole.json');
    fs.writeFileSync(rules, JSON.stringify({ community: [{ kind: 'cost', id: 'gestione', group: 'management', eurPerYear: 240 }, { kind: 'equal', id: 'quote', percent: 90 }, { kind: 'fund', id: 'fondo', percent: 10, group: 'social-fund' }] }));
    const r = await condivisa('share', project, '--rules', rules, '--save');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/incentivo .* € · valorizzazione/);
    expect(r.stdout).toMatch(/fondo sociale/);
    expect(r.stdout).toMatch(/gen\s+feb/);
    const again = JSON.parse((await condivisa('share', project, '--json')).stdout) as SharingView;
    expect(again.ruleSet.community.map((x) => x.id)).toEqual(['gestione', 'quote', 'fondo']);
  });

  it('a rule file with a problem: exit 1 and the rule named', async () => {
    const rules = path.join(tmp.dir, 'sbagliate.json');
    fs.writeFileSync(rules, JSON.stringify({ community: [{ kind: 'consumers', id: 'consumatori', percent: 110 }] }));
    const r = await condivisa('share', project, '--rules', rules);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"consumatori"/);
    expect((await condivisa('share', project, '--rules', path.join(tmp.dir, 'none.json'))).stderr).toMatch(/cannot read/);
  });
});

describe('condivisa share --gse', () => {
  it('imports GSE statements and divides them; an unknown configuration is refused naming the row', async () => {
    const year = 2024;
    const bad = path.join(tmp.dir, 'gse-bad.csv');
    fs.writeFileSync(bad, `Cabina primaria;Anno;Mese;Incentivo;Valorizzazione\nAC000E00000;${year};1;100;1\n`);
    const refused = await condivisa('share', project, '--gse', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/row 2: no configuration with primary substation "AC000E00000"/);
    const { referenceYear } = JSON.parse((await condivisa('info', project, '--json')).stdout).community as { referenceYear: number };
    const good = path.join(tmp.dir, 'gse.csv');
    fs.writeFileSync(good, `Cabina primaria;Anno;Mese;Incentivo;Valorizzazione\nAC012E00001;${referenceYear};6;200;20\n`);
    const r = await condivisa('share', project, '--gse', good, '--json');
    expect(r.code, r.stderr).toBe(0);
    const view = JSON.parse(r.stdout) as SharingView;
    expect(view.source).toBe('gse');
    expect(view.configurations[0]!.paidMonths[5]).toBe(220);
  });
});

describe('condivisa share --compare', () => {
  it('who gains and who loses between the rules in use and a file, by member and category', async () => {
    const other = path.join(tmp.dir, 'altre.json');
    fs.writeFileSync(other, JSON.stringify({ community: [{ kind: 'consumers', id: 'c', percent: 100 }] }));
    const json = await condivisa('share', project, '--compare', other, '--json');
    expect(json.code, json.stderr).toBe(0);
    const cmp = JSON.parse(json.stdout) as { members: { diffEur: number }[]; categories: { category: string; diffEur: number }[]; gainers: number; losers: number };
    expect(cmp.members).toHaveLength(10);
    expect(cents(cmp.categories.reduce((s, c) => s + c.diffEur, 0))).toBe(cents(cmp.members.reduce((s, m) => s + m.diffEur, 0)));
    const text = await condivisa('share', project, '--compare', other);
    expect(text.stdout).toMatch(/membri che ci guadagnano \d+, che ci perdono \d+/);
    expect(text.stdout).toMatch(/per categoria/);
  });
});
