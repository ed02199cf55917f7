/**
 * Funding calls against hand-worked plants: the PNRR caps [RO App. E p.158] are 1,500 €/kW up to
 * 20 kW, 1,200 up to 200, 1,100 up to 600, 1,050 up to 1,000 kW; the grant is 40% [RO p.52].
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { assessFundingCall, type CallPlant, type FundingCall } from '../../../core/report/funding-call';
import { fundingCallTables } from '../../../core/report/funding-call-tables';
import { fundingCallSection } from '../../../core/report/funding-call-section';
import { reportFormat } from '../../../core/report/format';

const readCall = (id: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '../../../resources/calls', `${id}.json`), 'utf8')) as FundingCall;
const pnrr = readCall('pnrr-cer');
const plant = (p: Partial<CallPlant> & Pick<CallPlant, 'id' | 'kWp'>): CallPlant => ({ name: `P${p.id}`, costEur: null, commissioningDate: null, existing: false, grantShare: 0.4, ...p });
const TODAY = '2025-12-01';

describe('PNRR CER call (resources/calls/pnrr-cer.json)', () => {
  it('carries the RO values, each with its source', () => {
    expect(pnrr.grantShare.value).toBe(0.4);
    expect(pnrr.softCostMaxShare.value).toBe(0.1);
    expect(pnrr.costCaps.bands).toEqual([
      { upToKw: 20, eurPerKw: 1500 },
      { upToKw: 200, eurPerKw: 1200 },
      { upToKw: 600, eurPerKw: 1100 },
      { upToKw: 1000, eurPerKw: 1050 },
    ]);
    expect(pnrr.costCaps.source).toMatch(/App\. E p\.158/);
    expect(pnrr.deadlines.map((d) => [d.kind, d.date])).toEqual([
      ['application', '2025-03-31'],
      ['commissioning', '2026-06-30'],
      ['final-request', '2026-08-31'],
    ]);
    for (const d of pnrr.deadlines) expect(d.source).toMatch(/p\.\d+/);
    expect(pnrr.beneficiaries.source).toMatch(/p\.48/);
  });

  it('20 kW with no cost known: the cap is assumed', () => {
    // 20 kW × 1,500 €/kW = 30,000 € eligible; 40% → 12,000 €.
    const [a] = assessFundingCall(pnrr, [plant({ id: 1, kWp: 20 })], TODAY).plants;
    expect(a).toMatchObject({ eligible: true, capEurPerKw: 1500, costCapEur: 30000, costEur: 30000, costAssumed: true, eligibleCostEur: 30000, grantEur: 12000, plannedGrantEur: 12000 });
  });

  it('300 kW over and under its cap; the planned share is kept apart from the call maximum', () => {
    // 300 kW × 1,100 €/kW = 330,000 € cap. Cost 400,000 → eligible 330,000; 40% → 132,000; planned 20% → 66,000.
    // Cost 250,000 → eligible 250,000; 40% → 100,000; planned 50% is limited to 40% → 100,000.
    const a = assessFundingCall(pnrr, [plant({ id: 1, kWp: 300, costEur: 400000, grantShare: 0.2 }), plant({ id: 2, kWp: 300, costEur: 250000, grantShare: 0.5 })], TODAY);
    expect(a.plants[0]).toMatchObject({ capEurPerKw: 1100, costCapEur: 330000, eligibleCostEur: 330000, grantEur: 132000, plannedGrantEur: 66000, costAssumed: false });
    expect(a.plants[1]).toMatchObject({ eligibleCostEur: 250000, grantEur: 100000, plannedGrantEur: 100000 });
    // Totals: 330,000 + 250,000 = 580,000; 132,000 + 100,000 = 232,000; 66,000 + 100,000 = 166,000.
    expect(a.totals).toEqual({ eligibleCostEur: 580000, grantEur: 232000, plannedGrantEur: 166000 });
  });

  it('an existing plant and a 1.2 MW plant get nothing, with the reason', () => {
    const a = assessFundingCall(pnrr, [plant({ id: 1, kWp: 50, existing: true }), plant({ id: 2, kWp: 1200 })], TODAY);
    expect(a.plants.map((p) => [p.eligible, p.eligibleCostEur, p.grantEur])).toEqual([
      [false, 0, 0],
      [false, 0, 0],
    ]);
    expect(a.plants[0]!.reasons[0]!.en).toMatch(/new plants/);
    // The cap is a quantity, written each language's way (English groups from four digits).
    expect(a.plants[1]!.reasons).toEqual([
      { it: 'potenza oltre 1000 kW [GSE Regole operative CACER p.47 §1.1.1 ii]', en: 'power above 1,000 kW [GSE Regole operative CACER p.47 §1.1.1 ii]' },
      // No cost-cap band covers 1.2 MW either.
      { it: 'nessun massimale per 1200 kW [GSE Regole operative CACER App. E p.158; Allegato 1 §9 p.60]', en: 'no cost cap for 1,200 kW [GSE Regole operative CACER App. E p.158; Allegato 1 §9 p.60]' },
    ]);
  });

  it('timeline on 01/12/2025: the window is past, the call closed, commissioning compared with the plant date', () => {
    // 31/03/2025 → 01/12/2025: 30+31+30+31+31+30+31+30+1 = 245 days ago.
    // 01/12/2025 → 30/06/2026: 30+31+28+31+30+31+30 = 211 days; → 31/08/2026: 211+31+31 = 273.
    const a = assessFundingCall(pnrr, [plant({ id: 1, kWp: 20, commissioningDate: '2026-05-15' }), plant({ id: 2, kWp: 20, commissioningDate: '2026-07-01' })], TODAY);
    expect(a.closed).toBe(true);
    expect(a.template).toBe(false);
    expect(a.timeline.map((r) => [r.deadlineId, r.past, r.daysLeft])).toEqual([
      ['application', true, -245],
      ['commissioning', false, 211],
      ['final-request', false, 273],
    ]);
    const meets = a.plants.map((p) => p.timeline.map((r) => [r.plantDate, r.meets]));
    expect(meets[0]).toEqual([[null, null], ['2026-05-15', true], [null, null]]);
    expect(meets[1]![1]).toEqual(['2026-07-01', false]);
    // On the closing day itself the window is still open.
    expect(assessFundingCall(pnrr, [], '2025-03-31').closed).toBe(false);
  });

  it('sheets: call, plants (with a total row), timeline', () => {
    const a = assessFundingCall(pnrr, [plant({ id: 1, kWp: 20, commissioningDate: '2026-05-15' })], TODAY);
    const [call, plants, timeline] = fundingCallTables(a, 'it');
    expect([call!.name, plants!.name, timeline!.name]).toEqual(['Bando', 'Impianti', 'Scadenze']);
    expect(call!.rows.find((r) => r[0] === 'Quota di contributo')).toEqual(['Quota di contributo', 0.4, pnrr.grantShare.source]);
    expect(call!.rows.find((r) => r[0] === 'Stato al')![1]).toBe('01/12/2025: chiuso, date per riferimento');
    // Deadlines in the call sheet read the Italian way (the timeline sheet keeps date cells).
    expect(call!.rows.find((r) => r[0] === pnrr.deadlines[1]!.label.it)![1]).toBe('30/06/2026 (da venire)');
    expect(plants!.rows.at(-1)).toEqual(['Totale', null, null, null, null, null, null, null, 30000, 12000, 12000]);
    expect(timeline!.rows[1]).toEqual(['P1', pnrr.deadlines[1]!.label.it, '2026-06-30', 'da venire', 211, '2026-05-15', 'sì', pnrr.deadlines[1]!.source]);
  });

  it('report section: terms with sources, figures in the report language', () => {
    const a = assessFundingCall(pnrr, [plant({ id: 1, kWp: 300, costEur: 400000, grantShare: 0.2 })], TODAY);
    const s = fundingCallSection(a, reportFormat('it'));
    expect(s.title).toBe('Bando di finanziamento');
    expect(s.blocks[0]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/chiuso al 01\/12\/2025/) });
    const table = s.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows[0]).toEqual(['P1', '300', '330.000 €', '132.000 €', '66.000 €', '']);
  });
});

describe('regional call template', () => {
  it('is flagged as a template with placeholder sources', () => {
    const t = readCall('regional-template');
    expect(t.template).toBe(true);
    expect(t.source).toMatch(/DA COMPLETARE/);
    const a = assessFundingCall(t, [], TODAY);
    expect(a.template).toBe(true);
    expect(a.closed).toBe(false);
    expect(fundingCallTables(a, 'en')[0]!.rows.find((r) => r[0] === 'Status on')![1]).toMatch(/TEMPLATE/);
  });
});
