// @vitest-environment happy-dom
/**
 * What the simulation view says about money the rules deny: points left out of a
 * configuration (why, and by which rule), the conditions still open, €0 with the rule beside
 * a plant's and a member's amount, valorisation's parts and the scenarios side by side.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { CheckProjectResult, ProjectSummary, SimulationView } from '../../../core/api/common';
import type { ConfigurationEconomics, ConfigurationOutcome, MemberOutcome, PlantOutcome, ScenarioResult } from '../../../core/scenario/types';
import SimulationPanel from '../../../renderer/src/components/SimulationPanel.vue';
import { useProjectStore } from '../../../renderer/src/stores/useProjectStore';
import { setLocale } from '../../../renderer/src/i18n';
import { api, resetApi } from '../helpers/api-stub';

vi.mock('../../../renderer/src/api/client', () => import('../helpers/api-stub'));

const PATH = '/progetti/borgo.condivisa';
const zeros = (n: number) => Array(n).fill(0);
const line = (name: string, productionKWh: number, sharedKWh: number, year1IncentiveEur: number, npvEur: number, irr: number | null) => ({
  name, productionKWh, sharedKWh, incentivisedKWh: sharedKWh, year1IncentiveEur, year1ValorisationEur: 500, year1EnergySaleEur: 0, year1BillSavingsEur: 0, restrictedPotEur: 0, npvEur, irr,
});

const economics = {
  marketZone: 'NORD',
  incentiveEur: 9_000,
  monthlyIncentiveEur: zeros(12),
  valorisationEur: 1_234.5,
  valorisation: { trasEEur: 1_000.25, btauEur: 150.75, avoidedLossesEur: 83.5, eacvKWh: 45_678, eacvcKWh: 5_000, eacvcLvKWh: 3_000, eacvcMvKWh: 2_000 },
  restrictedPotEur: 0, energySaleEur: 0, billSavingsEur: 0, gseFeesEurPerYear: 0, capexEur: 0, grantEur: 0,
  npvEur: 40_000, irr: 0.081, simplePaybackYears: 9, lcoeEurPerKWh: 0.05,
  cashFlows: [{ year: 0, netEur: 0, cumulativeEur: 0, revenueEur: 0, costEur: 0 }],
  scenarios: [
    line('P50', 123_456, 45_678, 9_000, 40_000, 0.081),
    line('P90', 111_110, 42_100, 8_300, 31_500, 0.064),
    line('Pz low', 123_456, 45_678, 9_400, 35_000, null),
    line('Pz high', 123_456, 45_678, 8_600, 45_000, 0.09),
  ],
  advancesEur: 0, yearEndBalanceEur: 0, monthsBelowMinimumPayment: 0, tornado: [],
  avoidedTCO2: 1, embodiedTCO2: 1, carbonPaybackYears: null, pnrr: [], assumptions: [],
} as ConfigurationEconomics;

const outcome = {
  configurationId: 3, name: 'Cabina Nord', substation: 'AC001E00123',
  productionKWh: 123_456, consumptionKWh: 98_000, selfConsumedKWh: 20_000, injectedKWh: 103_456, withdrawnKWh: 78_000, sharedKWh: 45_678,
  selfSufficiency: 0.2, sharedRatio: 0.4415,
  existingPlants: { ok: true, existingKw: 0, totalKw: 100, ratio: 0, maxShare: 0.3 },
  outsideMemberIds: [12], outsidePlantIds: [],
  excluded: [{ kind: 'member', id: 12, name: 'Osteria Sud', reason: 'other-area', areaCode: 'AC001E00999', ruleIds: ['point.substation-area'] }],
  conditions: ['config.referent'],
  monthly: { productionKWh: zeros(12), consumptionKWh: zeros(12), sharedKWh: zeros(12) },
  typicalDays: { shared: zeros(288), injected: zeros(288), withdrawn: zeros(288) },
  economics,
} as unknown as ConfigurationOutcome;

const plants = [
  { plantId: 1, name: 'FV Scuola', configurationId: 3, rank: 0, productionKWh: 100_000, specificYieldKWhPerKWp: 1_250, injectionKWh: 90_000, sharedKWh: 40_000, incentivisedKWh: 40_000, incentiveEur: 9_000 },
  { plantId: 2, name: 'FV Capannone', configurationId: 3, rank: 1, productionKWh: 23_456, specificYieldKWhPerKWp: 1_200, injectionKWh: 13_456, sharedKWh: 5_678, incentivisedKWh: 0, incentiveEur: 0, excludedBy: ['plant.commissioning-date'] },
] as PlantOutcome[];
const members = [
  { memberId: 11, name: 'Maria Rossi', configurationId: 3, consumptionKWh: 2_700, selfConsumptionKWh: 0, sharedAsConsumerKWh: 900, selfSufficiency: 0.33, loadSource: 'bills', incentiveShareEur: 180.4, savingsEur: 0 },
  { memberId: 13, name: 'Fonderia Nord', configurationId: 3, consumptionKWh: 90_000, selfConsumptionKWh: 0, sharedAsConsumerKWh: 0, selfSufficiency: 0, loadSource: 'annual', incentiveShareEur: 0, savingsEur: 0, excludedBy: ['member.excluded-ateco'] },
] as MemberOutcome[];

const view: SimulationView = {
  computedAt: '2026-11-24T10:00:00Z',
  stale: false,
  result: { referenceYear: 2025, stepMinutes: 60, weatherSource: 'PVGIS', configurations: [outcome], plants, members, unassigned: { memberIds: [], plantIds: [] }, warnings: [] } as ScenarioResult,
};

const title = (it: string, en: string) => ({ it, en });
const checked = {
  today: '2026-11-30', findings: [], blocking: 0, warnings: 0, infos: 0, unassigned: { members: 0, plants: 0 }, localRules: 0,
  rules: [
    { id: 'point.substation-area', title: title('Punti sotto la stessa cabina primaria', 'Points under the same primary substation'), source: '[RO p.6]' },
    { id: 'config.referent', title: title('Referente della configurazione', 'Referent of the configuration'), source: '[RO p.16]' },
    { id: 'plant.commissioning-date', title: title('Entrata in esercizio dopo il 16/12/2021', 'Commissioned after 16/12/2021'), source: '[RO p.9]' },
    { id: 'member.excluded-ateco', title: title('Codice ATECO escluso', 'Excluded ATECO code'), source: '[RO p.11]' },
  ],
} as CheckProjectResult;

const ChartStub = defineComponent({ name: 'EChart', props: { option: { type: Object, required: true }, label: String, height: String }, setup: () => () => h('div') });

async function mountPanel() {
  api.getSimulation.mockResolvedValue(view);
  api.checkProject.mockResolvedValue(checked);
  api.getRuleFields.mockResolvedValue({ community: {}, configurations: {}, members: {}, plants: {} });
  api.listLocalRules.mockResolvedValue({ rules: [], presets: [] });
  useProjectStore().setSummary({ path: PATH } as ProjectSummary);
  const wrapper = mount(SimulationPanel, { global: { stubs: { EChart: ChartStub, ParametersPanel: true } } });
  // The rules store checks the project a moment after it is first used.
  await vi.waitFor(() => expect(api.checkProject).toHaveBeenCalled());
  await flushPromises();
  return wrapper;
}

const cells = (row: { findAll: (s: string) => { text: () => string }[] }) => row.findAll('td').map((c) => c.text());

describe('the simulation view and the money the rules deny', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
    setLocale('it');
  });

  it('lists the member outside the substation area with the reason and the rule, and the open condition', async () => {
    const wrapper = await mountPanel();
    const excluded = wrapper.get('[data-test="sim-excluded"]');
    expect(excluded.get('h3').text()).toBe('Esclusi dalla condivisione (1)');
    expect(cells(excluded.get('tbody tr'))).toEqual(['Osteria Sud (socio)', 'sotto un’altra cabina primaria (AC001E00999)', 'Punti sotto la stessa cabina primaria']);
    const conditions = wrapper.get('[data-test="sim-conditions"]');
    expect(conditions.get('h3').text()).toBe('Condizioni da soddisfare prima della domanda (1)');
    expect(conditions.findAll('li').map((l) => l.text())).toEqual(['Referente della configurazione']);
  });

  it('shows €0 with the rule beside the excluded plant and member, the others’ amounts as they are', async () => {
    const wrapper = await mountPanel();
    const [school, shed] = wrapper.findAll('[data-test="sim-plants"] tbody tr');
    expect(cells(school!)[7]).toBe('9.000,00 €');
    expect(cells(shed!)[7]).toBe('0,00 € negato da: Entrata in esercizio dopo il 16/12/2021');
    const [maria, foundry] = wrapper.findAll('[data-test="sim-members"] tbody tr');
    expect(cells(maria!)[2]).toBe('bollette');
    expect(cells(maria!)[7]).toBe('180,40');
    expect(cells(foundry!)[2]).toBe('stima');
    expect(cells(foundry!)[7]).toBe('0,00 negato da: Codice ATECO escluso');
    expect(wrapper.findAll('[data-test="excluded-by"]')).toHaveLength(2);
  });

  it('breaks valorisation into TRASe, BTAU and avoided losses with E_ACV and E_ACVC', async () => {
    const wrapper = await mountPanel();
    const v = wrapper.get('[data-test="eco-valorisation"]');
    expect(cells(v.get('[data-test="val-trase"]'))).toEqual(['TRASe (CU_Afa × E_ACV)', '1.000,25 €', 'E_ACV 45.678 kWh']);
    expect(cells(v.get('[data-test="val-btau"]'))).toEqual(['BTAU (CU_Afb × E_ACVC)', '150,75 €', 'E_ACVC 5.000 kWh']);
    expect(cells(v.get('[data-test="val-losses"]'))).toEqual(['Perdite di rete evitate', '83,50 €', 'E_ACVC BT 3.000 kWh · MT 2.000 kWh']);
  });

  it('puts P50, P90 and the zonal-price scenarios side by side with their own energies and money', async () => {
    const wrapper = await mountPanel();
    const table = wrapper.get('[data-test="eco-scenarios"]');
    expect(table.findAll('thead th').map((c) => c.text())).toEqual(['Scenario', 'P50', 'P90 (produzione prudente)', 'Prezzo zonale basso', 'Prezzo zonale alto']);
    const row = (key: string) => cells(table.get(`[data-test="scenario-row-${key}"]`));
    expect(row('production')).toEqual(['123,5 MWh', '111,1 MWh', '123,5 MWh', '123,5 MWh']);
    expect(row('shared')).toEqual(['45,7 MWh', '42,1 MWh', '45,7 MWh', '45,7 MWh']);
    expect(row('incentive')).toEqual(['9.000 €', '8.300 €', '9.400 €', '8.600 €']);
    expect(row('npv')).toEqual(['40.000 €', '31.500 €', '35.000 €', '45.000 €']);
    // 9% keeps its decimal beside 8,1% (one decimal down the row).
    expect(row('irr')).toEqual(['8,1%', '6,4%', '—', '9,0%']);
  });

  it('speaks English on request', async () => {
    setLocale('en');
    const wrapper = await mountPanel();
    expect(cells(wrapper.get('[data-test="sim-excluded"] tbody tr'))).toEqual(['Osteria Sud (member)', 'under another primary substation (AC001E00999)', 'Points under the same primary substation']);
    expect(wrapper.get('[data-test="sim-conditions"] li').text()).toBe('Referent of the configuration');
    expect(wrapper.get('[data-test="excluded-by"]').text()).toBe('denied by: Commissioned after 16/12/2021');
  });
});
