// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { ApiError } from '../../../core/api/common/errors';
import type { ProjectSummary } from '../../../core/api/common';
import MembersTable from '../../../renderer/src/components/MembersTable.vue';
import PlantsTable from '../../../renderer/src/components/PlantsTable.vue';
import ConfigurationsPanel from '../../../renderer/src/components/ConfigurationsPanel.vue';
import { useProjectStore } from '../../../renderer/src/stores/useProjectStore';
import { useUiStore } from '../../../renderer/src/stores/useUiStore';
import { api, resetApi } from '../helpers/api-stub';
import { setLocale } from '../../../renderer/src/i18n';
import { member, plant } from '../helpers/fixtures';

vi.mock('../../../renderer/src/api/client', () => import('../helpers/api-stub'));

const PATH = '/progetti/borgo.condivisa';

function openProject() {
  const project = useProjectStore();
  project.setSummary({ path: PATH } as ProjectSummary);
  project.members = [member(1, { name: 'Maria', pods: ['IT001E00000011'] }), member(2, { name: 'Forno' })];
  project.plants = [plant(5, { name: 'FV tetto', kWp: 19.8, configurationId: 3 })];
  project.configurations = [{ id: 3, name: 'Cabina Nord', substationCode: 'AC001E00123' } as never];
  api.getProjectSummary.mockResolvedValue({ path: PATH } as ProjectSummary);
  return project;
}

const input = (w: ReturnType<typeof mount>, row: number, label: string) => w.findAll('tbody tr')[row]!.find<HTMLInputElement>(`[aria-label="${label}"]`);

describe('the members, plants and configurations tables through the project store', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
  });

  it('an edited name goes to the core as one update, and the row shows what the core saved', async () => {
    const project = openProject();
    api.updateMember.mockImplementation(async ({ id, patch }) => member(id, { ...project.members.find((m) => m.id === id), ...patch }));
    const wrapper = mount(MembersTable);
    await input(wrapper, 1, 'Nome').setValue('Forno Rossi');
    await flushPromises();
    expect(api.updateMember).toHaveBeenCalledExactlyOnceWith({ project: PATH, id: 2, patch: { name: 'Forno Rossi' } });
    expect(project.members[1]!.name).toBe('Forno Rossi');
    expect(input(wrapper, 1, 'Nome').element.value).toBe('Forno Rossi');
  });

  it('shows the consumption the engine uses with its source: curve, bills or the estimate', async () => {
    const project = openProject();
    project.members = [
      { ...member(1, { name: 'Maria' }), consumptionSource: 'curve', effectiveAnnualKWh: 105_120 },
      { ...member(2, { name: 'Forno' }), consumptionSource: 'bills', effectiveAnnualKWh: 12_345.6 },
      { ...member(3, { name: 'Luca', annualKWh: 2700 }), consumptionSource: 'estimate', effectiveAnnualKWh: 2700 },
    ] as never;
    const wrapper = mount(MembersTable);
    expect(wrapper.findAll('[data-test="member-consumption-used"]').map((c) => c.text())).toEqual(['105.120 (curva)', '12.346 (bollette)', '2.700 (stima)']);
  });

  it('a refused POD is named, shown in the banner, and the saved value comes back', async () => {
    openProject();
    api.updateMember.mockRejectedValue(new ApiError('bad-request', 'Invalid POD', 'POD non valido', 'pods'));
    const listed = (m: ReturnType<typeof member>) => ({ ...m, consumptionSource: 'estimate' as const, effectiveAnnualKWh: m.annualKWh });
    api.listMembers.mockResolvedValue([listed(member(1, { name: 'Maria', pods: ['IT001E00000011'] })), listed(member(2, { name: 'Forno' }))]);
    api.listPlants.mockResolvedValue([]);
    api.listConfigurations.mockResolvedValue([]);
    const wrapper = mount(MembersTable);
    await input(wrapper, 0, 'POD').setValue('IT001X99');
    await flushPromises();
    expect(api.updateMember).toHaveBeenCalledWith({ project: PATH, id: 1, patch: { pods: ['IT001X99'] } });
    expect(useUiStore().error).toBe('POD non valido');
    expect(wrapper.get('[data-test="cell-error"]').text()).toContain('POD: POD non valido');
    expect(input(wrapper, 0, 'POD').element.value).toBe('IT001E00000011');
    expect(api.listMembers).toHaveBeenCalledOnce(); // the list was re-read from the file
    // The message beside the cell follows a switch of the UI's language, as the banner does.
    setLocale('en');
    try {
      await flushPromises();
      expect(wrapper.get('[data-test="cell-error"]').text()).toContain('POD: Invalid POD');
      expect(useUiStore().error).toBe('Invalid POD');
    } finally {
      setLocale('it');
    }
  });

  it('a first battery capacity adds a battery with the defaults, and its details open under the row', async () => {
    const project = openProject();
    api.updateMember.mockImplementation(async ({ id, patch }) => member(id, { ...project.members.find((m) => m.id === id), ...patch }));
    const wrapper = mount(MembersTable);
    await input(wrapper, 0, 'Capacità utile (kWh); 0 = nessuna batteria').setValue('10');
    await flushPromises();
    const sent = api.updateMember.mock.calls[0]![0].patch.battery!;
    expect(sent).toMatchObject({ capacityKWh: 10, roundTripEfficiency: 0.9, minSoc: 0.1 });
    await wrapper.get('[data-test="member-battery"] button').trigger('click');
    expect(wrapper.find('tr.details').exists()).toBe(true);
    expect(wrapper.get('tr.details').find<HTMLInputElement>('[aria-label="Rendimento di ciclo (%)"]').element.value).toBe('90');
  });

  it('plants: the kWp typed the Italian way is saved as a number; hub height only for wind', async () => {
    const project = openProject();
    api.updatePlant.mockImplementation(async ({ id, patch }) => plant(id, { ...project.plants[0], ...patch }));
    const wrapper = mount(PlantsTable);
    expect(wrapper.get('[data-test="plant-hub-height"]').text()).toBe('—');
    await input(wrapper, 0, 'Potenza (kWp)').setValue('19,9');
    await flushPromises();
    expect(api.updatePlant).toHaveBeenCalledWith({ project: PATH, id: 5, patch: { kWp: 19.9 } });
    expect(input(wrapper, 0, 'Potenza (kWp)').element.value).toBe('19,9');
  });

  it('configurations: members and kWp are counted, the substation code is edited', async () => {
    const project = openProject();
    project.members[0]!.configurationId = 3;
    api.updateConfiguration.mockImplementation(async ({ id, patch }) => ({ ...project.configurations[0]!, id, ...patch }));
    const wrapper = mount(ConfigurationsPanel);
    const cells = wrapper.findAll('tbody tr')[0]!.findAll('td');
    expect(cells[2]!.text()).toBe('1');
    expect(cells[3]!.text()).toBe('19,8 kWp');
    await input(wrapper, 0, 'Codice cabina primaria').setValue('AC001E00999');
    await flushPromises();
    expect(api.updateConfiguration).toHaveBeenCalledWith({ project: PATH, id: 3, patch: { substationCode: 'AC001E00999' } });
  });
});
