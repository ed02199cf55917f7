/**
 * The in-app help through the core: guide pages in both languages for every view, and the
 * GSE operating rules page by page as the `[RO p.N]` citations name them (printed numbers).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { GUIDE_PAGES } from '../../../core/api/common/ops/help';
import { rejection, useTestService } from '../../helpers/service';
import { REPO_ROOT } from '../../helpers/tmp';

const { api } = useTestService();

describe('guide', () => {
  it('has every page in Italian and English, titled, in reading order', async () => {
    for (const lang of ['it', 'en'] as const) {
      const index = await api.listGuidePages({ lang });
      expect(index.map((p) => p.id)).toEqual([...GUIDE_PAGES]);
      for (const p of index) expect(p.title.length, `${lang}/${p.id}`).toBeGreaterThanOrEqual(3);
    }
    const members = await api.getGuidePage({ lang: 'it', page: 'members' });
    expect(members.title).toBe('Membri');
    expect(members.markdown).toMatch(/POD/);
    // The title line is not repeated in the body.
    expect(members.markdown).not.toMatch(/^# /m);
    expect((await api.getGuidePage({ lang: 'en', page: 'members' })).title).toBe('Members');
  });

  it('refuses a page that is not in the guide', async () => {
    const e = await rejection(api.getGuidePage({ lang: 'it', page: '../../package' as never }));
    expect(e.code).toBe('bad-request');
  });

  it('cites only pages the operating rules have', async () => {
    const last = (await api.getRulesPage({ page: 0 })).lastPage;
    for (const lang of ['it', 'en'] as const) {
      for (const id of GUIDE_PAGES) {
        const md = (await api.getGuidePage({ lang, page: id })).markdown;
        for (const m of md.matchAll(/\[RO pp?\.(\d+)/g)) expect(Number(m[1]), `${lang}/${id}`).toBeLessThanOrEqual(last);
      }
    }
  });
});

describe('operating rules, page by page', () => {
  it('gives the printed page a citation names, as printed in the GSE document', async () => {
    // p.10: the 1 MW limit (valorisation only above it); p.39: the €50 minimum payment.
    const p10 = await api.getRulesPage({ page: 10 });
    expect(p10).toMatchObject({ page: 10, pdfPage: 11, lastPage: 158, sourceDate: '2024-02-23' });
    expect(p10.text).toMatch(/ecceda la soglia di 1 MW/);
    expect((await api.getRulesPage({ page: 39 })).text).toMatch(/50 €|50 euro|€ 50/);
    expect((await api.getRulesPage({ page: 0 })).text).toMatch(/Regole operative/);
  });

  it('says which pages exist when asked for another', async () => {
    const e = await rejection(api.getRulesPage({ page: 159 }));
    expect(e.code).toBe('not-found');
    expect(e.messageIt).toMatch(/da 0 a 158/);
  });

  it('has every page cited by the rules thresholds', async () => {
    const thresholds = fs.readFileSync(path.join(REPO_ROOT, 'resources', 'rules', 'thresholds.json'), 'utf8');
    const cited = new Set([...thresholds.matchAll(/\[RO p\.(\d+)\]/g)].map((m) => Number(m[1])));
    expect(cited.size).toBeGreaterThan(5);
    for (const n of cited) expect((await api.getRulesPage({ page: n })).text.length, `p.${n}`).toBeGreaterThan(200);
  });
});

describe('save as', () => {
  it('copies the open project, with its members, to a new file that is then open; the original is unchanged', async () => {
    const a = await api.createProject({ path: 'originale', name: 'CER Uno', type: 'CER' });
    await api.addMember({ project: a.path, member: { name: 'Anna', pods: ['IT001E12345678'] } });
    const copy = await api.saveProjectAs({ project: a.path, path: 'copia' });
    expect(path.basename(copy.path)).toBe('copia.condivisa');
    expect(copy.community.name).toBe('CER Uno');
    expect(copy.counts.members).toBe(1);
    await api.addMember({ project: copy.path, member: { name: 'Bruno', pods: ['IT001E87654321'] } });
    expect((await api.getProjectSummary({ project: a.path })).counts.members).toBe(1);
    expect((await api.getProjectSummary({ project: copy.path })).counts.members).toBe(2);
    // An existing file is replaced only when asked.
    const refused = await rejection(api.saveProjectAs({ project: a.path, path: 'copia' }));
    expect(refused.code).toBe('conflict');
    const replaced = await api.saveProjectAs({ project: a.path, path: 'copia', overwrite: true });
    expect(replaced.counts.members).toBe(1);
  });
});
