// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { EChartsOption } from 'echarts';
import type { ProjectSummary, SimulationView } from '../../../core/api/common';
import type { ConfigurationOutcome, ScenarioResult } from '../../../core/scenario/types';
import SimulationPanel from '../../../renderer/src/components/SimulationPanel.vue';
import { useProjectStore } from '../../../renderer/src/stores/useProjectStore';
import { api, resetApi } from '../helpers/api-stub';
import { EMBEDDED_WEATHER_SOURCE } from '../../../core/scenario/weather-source';

vi.mock('../../../renderer/src/api/client', () => import('../helpers/api-stub'));

const PATH = '/progetti/borgo.condivisa';
const twelve = (k: number) => Array.from({ length: 12 }, (_, i) => k * (i + 1));

const outcome = {
  configurationId: 3,
  name: 'Cabina Nord',
  substation: 'AC001E00123',
  productionKWh: 123_456,
  consumptionKWh: 98_000,
  selfConsumedKWh: 20_000,
  injectedKWh: 103_456,
  withdrawnKWh: 78_000,
  sharedKWh: 45_678,
  selfSufficiency: 0.2,
  sharedRatio: 0.4415,
  existingPlants: { ok: true, existingKw: 0, totalKw: 100, ratio: 0, maxShare: 0.3 },
  outsideMemberIds: [],
  outsidePlantIds: [],
  monthly: { productionKWh: twelve(1000), consumptionKWh: twelve(800), sharedKWh: twelve(300) },
  typicalDays: { shared: Array(288).fill(1), injected: Array(288).fill(2), withdrawn: Array(288).fill(3) },
} as unknown as ConfigurationOutcome;

const view = (stale = false): SimulationView => ({
  computedAt: '2026-11-24T10:00:00Z',
  stale,
  result: { referenceYear: 2025, stepMinutes: 60, weatherSource: 'PVGIS', configurations: [outcome], plants: [], members: [], unassigned: { memberIds: [], plantIds: [] }, warnings: [] } as ScenarioResult,
});

/** Stands for the ECharts wrapper: keeps the option it was given, draws nothing. */
const ChartStub = defineComponent({ name: 'EChart', props: { option: { type: Object, required: true }, label: String, height: String }, setup: () => () => h('div', { class: 'chart-stub' }) });

function mountPanel() {
  useProjectStore().setSummary({ path: PATH } as ProjectSummary);
  return mount(SimulationPanel, { global: { stubs: { EChart: ChartStub, ParametersPanel: true } } });
}

describe('the simulation view', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
  });

  it('keeps one decimal on figures that land on a whole number, and names the built-in climate in the UI language', async () => {
    const whole = { ...outcome, sharedKWh: 6_000, selfSufficiency: 0.38 } as ConfigurationOutcome;
    const v = view();
    api.getSimulation.mockResolvedValue({ ...v, result: { ...v.result, weatherSource: EMBEDDED_WEATHER_SOURCE, configurations: [whole] } });
    const wrapper = mountPanel();
    await flushPromises();
    const config = wrapper.get('[data-test="sim-configuration"]');
    // Beside "123,5 MWh" a card reads "6,0 MWh", not "6 MWh"; 0.38 reads "38,0%".
    expect(config.get('[data-test="kpi-shared"]').text()).toBe('6,0 MWh');
    expect(config.text()).toContain('38,0%');
    const computed = wrapper.get('[data-test="sim-computed"]').text();
    expect(computed).toContain('clima tipico incorporato');
    expect(computed).not.toContain('embedded');
  });

  it('says so when the project was never simulated', async () => {
    api.getSimulation.mockResolvedValue(null);
    const wrapper = mountPanel();
    await flushPromises();
    expect(api.getSimulation).toHaveBeenCalledWith({ project: PATH });
    expect(wrapper.find('[data-test="sim-empty"]').exists()).toBe(true);
  });

  it('shows each configuration’s totals in Italian format and hands the charts their options', async () => {
    api.getSimulation.mockResolvedValue(view());
    const wrapper = mountPanel();
    await flushPromises();
    const config = wrapper.get('[data-test="sim-configuration"]');
    expect(config.get('h2').text()).toContain('Cabina Nord');
    expect(config.get('[data-test="kpi-production"]').text()).toBe('123,5 MWh');
    expect(config.get('[data-test="kpi-shared"]').text()).toBe('45,7 MWh');
    expect(config.text()).toContain('44,2%');
    expect(wrapper.find('[data-test="sim-stale"]').exists()).toBe(false);
    const [monthly, day] = wrapper.findAllComponents(ChartStub).map((c) => c.props('option') as EChartsOption);
    expect((monthly!.xAxis as { data: string[] }).data).toEqual(['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic']);
    expect((monthly!.series as { data: number[] }[])[0]!.data).toEqual(twelve(1000));
    expect((day!.series as { data: number[] }[])[1]!.data).toEqual(Array(24).fill(3));
  });

  it('flags a result older than the project’s last edit', async () => {
    api.getSimulation.mockResolvedValue(view(true));
    const wrapper = mountPanel();
    await flushPromises();
    expect(wrapper.find('[data-test="sim-stale"]').exists()).toBe(true);
  });

  it('runs a simulation at the chosen step and shows the new result', async () => {
    api.getSimulation.mockResolvedValueOnce(null).mockResolvedValue(view());
    api.startSimulation.mockResolvedValue({ jobId: 'job-1' });
    api.getJob.mockResolvedValue({ jobId: 'job-1', kind: 'simulation', status: 'done', progress: 1, label: '' });
    const wrapper = mountPanel();
    await flushPromises();
    await wrapper.get('[data-test="sim-step"]').setValue('15');
    await wrapper.get('[data-test="run-simulation"]').trigger('click');
    await flushPromises();
    expect(api.startSimulation).toHaveBeenCalledWith({ project: PATH, stepMinutes: 15 });
    expect(api.getJob).toHaveBeenCalledWith({ jobId: 'job-1' });
    expect(api.getSimulation).toHaveBeenCalledTimes(2);
    expect(wrapper.find('[data-test="sim-configuration"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="sim-progress"]').exists()).toBe(false);
  });
});
