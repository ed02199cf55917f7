import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildChecklist, type DocumentRules } from '../../../core/report/checklist';
import type { Community, Plant } from '../../../core/model/entities';
import { REPO_ROOT } from '../../helpers/tmp';

const RULES = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'resources', 'checklist', 'allegato3-documents.json'), 'utf8')) as DocumentRules;
const community = (type: Community['type']): Community => ({ name: 'X', legalEntity: '', type, constitutionDate: null, municipality: '', region: '', referenceYear: 2025 });
const plant = (id: number, over: Partial<Plant>): Plant => ({ id, name: `P${id}`, source: 'pv', kWp: 10, tiltDeg: 30, azimuthDeg: 180, commissioningDate: null, ownerMemberId: 1, thirdPartyProducer: '', pod: '', censimp: '', existing: false, grantShare: 0, configurationId: 1, lat: null, lon: null, ...over });
const status = (list: ReturnType<typeof buildChecklist>, id: string, plantId: number | null = null) => list[0]!.items.find((i) => i.documentId === id && i.plantId === plantId)!.status;

describe('Allegato 3 checklist', () => {
  it('every rule cites the operating rules', () => {
    expect(RULES.documents.every((d) => /^\[RO p+\.\d/.test(d.source))).toBe(true);
  });

  it('follows type, power, source, grant and incentive of each plant [RO pp.117–119]', () => {
    const plants = [plant(1, { kWp: 20 }), plant(2, { kWp: 20.5, grantShare: 0.3 }), plant(3, { source: 'hydro', existing: true })];
    const list = buildChecklist(RULES, { community: community('CER'), configurations: [{ id: 1, name: 'C', substationCode: '' }], plants, referentKind: new Map([[1, 'community']]), attachments: [] });
    expect(status(list, 'statute')).toBe('missing');
    expect(status(list, 'referent-mandate')).toBe('not-applicable'); // the CER itself is the Referent
    expect([status(list, 'operating-rules', 1), status(list, 'customs-licence', 1)]).toEqual(['missing', 'not-applicable']);
    expect([status(list, 'operating-rules', 2), status(list, 'customs-licence', 2)]).toEqual(['not-applicable', 'missing']);
    expect([status(list, 'grant-decree', 1), status(list, 'grant-decree', 2)]).toEqual(['not-applicable', 'missing']);
    expect([status(list, 'module-serials', 2), status(list, 'module-serials', 3)]).toEqual(['missing', 'not-applicable']);
    expect([status(list, 'pumping-report', 1), status(list, 'pumping-report', 3)]).toEqual(['not-applicable', 'missing']);
    expect(status(list, 'dnsh-checklist', 3)).toBe('not-applicable'); // existing: valorisation only
    expect(status(list, 'site-availability', 1)).toBe('not-applicable');
  });

  it('asks the mandate when a third party produces or the Referent is unknown; site availability for AUC and AID', () => {
    const configurations = [{ id: 1, name: 'C', substationCode: '' }];
    const third = buildChecklist(RULES, { community: community('AUC'), configurations, plants: [plant(1, { ownerMemberId: null, thirdPartyProducer: 'ESCO' })], referentKind: new Map([[1, 'building_representative']]), attachments: [] });
    expect(status(third, 'referent-mandate')).toBe('missing');
    expect(status(third, 'statute')).toBe('not-applicable');
    expect(status(third, 'site-availability', 1)).toBe('missing');
    const unknown = buildChecklist(RULES, { community: community('AID'), configurations, plants: [], referentKind: new Map(), attachments: [] });
    expect(status(unknown, 'referent-mandate')).toBe('missing');
  });
});

describe('checklist sheets', () => {
  it('gives every configuration its own valid sheet name, whatever the names', async () => {
    const { checklistTables } = await import('../../../core/report/checklist-tables');
    const names = ['A', 'a', 'A 2', 'x'.repeat(40), 'x'.repeat(40), 'Sud: [nuova]/2'];
    const list = names.map((name, i) => ({ configurationId: i + 1, name, items: [], present: 0, missing: 0, notApplicable: 0 }));
    const sheets = checklistTables(list).map((t) => t.name);
    expect(new Set(sheets.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(sheets.every((n) => n.length <= 31 && !/[[\]:*?/\\]/.test(n))).toBe(true);
  });
});
