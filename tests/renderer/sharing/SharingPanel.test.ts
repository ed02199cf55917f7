// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { ProjectSummary, SharingRulesView, SharingView } from '../../../core/api/common';
import { ApiError } from '../../../core/api/common/errors';
import SharingPanel from '../../../renderer/src/components/SharingPanel.vue';
import { useProjectStore } from '../../../renderer/src/stores/useProjectStore';
import { api, resetApi } from '../helpers/api-stub';

vi.mock('../../../renderer/src/api/client', () => import('../helpers/api-stub'));

const PATH = '/progetti/borgo.condivisa';
const months = (jan: number) => Array.from({ length: 12 }, (_, i) => (i === 0 ? jan : 0));
const rules: SharingRulesView = {
  ruleSet: { community: [{ kind: 'cost', id: 'gse', group: 'gse-fees' }, { kind: 'consumers', id: 'consumatori', percent: 100 }], configurations: {} },
  isDefault: true,
  configurations: [{ id: 1, name: 'Centro', substation: 'AC001E00934' }],
  problems: [],
};
const view: SharingView = {
  configurations: [{ configurationId: 1, name: 'Centro', substation: 'AC001E00934', incentiveEur: 1000, valorisationEur: 100, restrictedPotEur: 0, paidMonths: months(1100), groups: [{ group: 'gse-fees', eur: 36, months: months(36) }] }],
  members: [{ id: 1, name: 'Famiglia Rossi', pod: 'IT001E00000001', category: 'citizen', configurationId: 1, months: months(1064), totalEur: 1064, restrictedEur: 0 }],
  notes: [],
  ruleSet: rules.ruleSet,
  source: 'simulation',
  computedAt: '2026-11-24T10:00:00Z',
  stale: false,
};
const ChartStub = defineComponent({ name: 'EChart', props: { option: { type: Object, required: true }, label: String, height: String }, setup: () => () => h('div', { class: 'chart-stub' }) });

async function mountPanel() {
  useProjectStore().setSummary({ path: PATH } as ProjectSummary);
  api.getSharingRules.mockResolvedValue(rules);
  api.getGseStatements.mockResolvedValue({ year: 2025, configurations: [], files: [] });
  api.computeSharing.mockResolvedValue(view);
  const wrapper = mount(SharingPanel, { global: { stubs: { EChart: ChartStub } } });
  await flushPromises();
  return wrapper;
}

describe('the sharing tab', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
  });

  it('shows the rules and the division of the last simulation by member and month', async () => {
    const wrapper = await mountPanel();
    expect(api.computeSharing).toHaveBeenCalledWith({ project: PATH, ruleSet: rules.ruleSet, source: 'simulation' });
    expect(wrapper.findAll('[data-test="rules-community"] tr')).toHaveLength(2);
    const row = wrapper.find('[data-test="share-members"] [data-member="1"]');
    expect(row.text()).toContain('Famiglia Rossi');
    expect(row.text()).toContain('1.064,00');
    expect(wrapper.find('[data-test="share-groups"]').text()).toContain('Corrispettivi GSE');
  });

  it('previews an edit without saving, and shows the core\'s message naming the rule', async () => {
    const wrapper = await mountPanel();
    api.computeSharing.mockRejectedValue(new ApiError('bad-request', 'share percentages add to 90%', 'comunità: le quote percentuali sommano 90% invece di 100% («consumatori» 90%)'));
    await wrapper.find('[data-rule="consumatori"] [data-field="percent"]').setValue('90');
    await new Promise((r) => setTimeout(r, 350));
    await flushPromises();
    const last = api.computeSharing.mock.calls.at(-1)![0];
    expect((last.ruleSet as typeof rules.ruleSet).community[1]).toEqual({ kind: 'consumers', id: 'consumatori', percent: 90 });
    expect(wrapper.find('[data-test="share-problem"]').text()).toContain('«consumatori» 90%');
    expect(wrapper.find('[data-test="share-save"]').attributes('disabled')).toBeDefined();
    expect(api.setSharingRules).not.toHaveBeenCalled();
  });

  it('saves the draft and compares it with the saved rules', async () => {
    const wrapper = await mountPanel();
    await wrapper.find('[data-test="rule-add"]').trigger('click');
    await new Promise((r) => setTimeout(r, 350));
    await flushPromises();
    api.compareSharing.mockResolvedValue({ members: [{ id: 1, name: 'Famiglia Rossi', category: 'citizen', aEur: 1064, bEur: 1000, diffEur: -64, diffPct: -6.02 }], categories: [{ category: 'citizen', members: 1, aEur: 1064, bEur: 1000, diffEur: -64, diffPct: -6.02 }], groups: [], gainers: 0, losers: 1, a: view, b: view });
    await wrapper.find('[data-test="share-compare"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="share-comparison"]').text()).toContain('membri che ci guadagnano 0, che ci perdono 1');
    // One decimal always, as down the rest of the column.
    expect(wrapper.find('[data-test="share-categories"]').text()).toContain('-6,0%');
    api.setSharingRules.mockResolvedValue({ ...rules, isDefault: false });
    await wrapper.find('[data-test="share-save"]').trigger('click');
    await flushPromises();
    expect(api.setSharingRules.mock.calls[0]![0].ruleSet).toMatchObject({ community: [{ id: 'gse' }, { id: 'consumatori' }, { kind: 'consumers', id: 'regola-1', percent: 0 }] });
  });
});
