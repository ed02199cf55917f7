// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import EntityTable from '../../../renderer/src/components/table/EntityTable.vue';
import { number, readOnly, select, text, type Column } from '../../../renderer/src/components/table/columns';
import { useUiStore } from '../../../renderer/src/stores/useUiStore';
import { member } from '../helpers/fixtures';
import type { Member } from '../../../core/model/entities';

const columns: Column<Member>[] = [
  text('name', 'members.name'),
  text('pods', 'members.pods', { value: (m) => m.pods.join(', '), patch: (_m, v) => ({ pods: String(v).split(/[\s,]+/).filter(Boolean) }) }),
  number('annualKWh', 'members.annualKWh', 0),
  select('category', 'members.category', () => [
    { value: 'citizen', label: 'Cittadino' },
    { value: 'sme', label: 'PMI' },
  ]),
  readOnly('twice', 'configurations.plants', (m) => m.annualKWh * 2, { unit: 'kWh', digits: 0 }),
];

function mountTable(rows: Member[], save = vi.fn(async () => true)) {
  const wrapper = mount(EntityTable<Member>, {
    props: { kind: 'member', rows, columns, emptyText: 'members.empty', save, add: vi.fn(), remove: vi.fn() },
  });
  return { wrapper, save };
}

const cell = (w: ReturnType<typeof mountTable>['wrapper'], row: number, label: string) =>
  w.findAll('tbody tr')[row]!.find<HTMLInputElement>(`[aria-label="${label}"]`);

describe('the entity table', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('renders one row per entity, with its id, its values in Italian format and the headers', () => {
    const { wrapper } = mountTable([member(7, { name: 'Maria', pods: ['IT001E00000011'], annualKWh: 12345 }), member(9, { name: 'Forno' })]);
    expect(wrapper.find('table').attributes('data-test')).toBe('members-table');
    const rows = wrapper.findAll('tbody tr');
    expect(rows.map((r) => r.attributes('data-member'))).toEqual(['7', '9']);
    expect(cell(wrapper, 0, 'Nome').element.value).toBe('Maria');
    expect(cell(wrapper, 0, 'POD').element.value).toBe('IT001E00000011');
    expect(cell(wrapper, 0, 'Consumo annuo (kWh)').element.value).toBe('12.345');
    expect(rows[0]!.findAll('td')[4]!.text()).toBe('24.690 kWh');
    expect(wrapper.findAll('th').map((th) => th.text())).toContain('Consumo annuo (kWh)');
  });

  it('shows the empty text when there is nothing', () => {
    const { wrapper } = mountTable([]);
    expect(wrapper.find('table').exists()).toBe(false);
    expect(wrapper.text()).toContain('Nessun membro');
  });

  it('saves an edited cell once, on change, with the column’s patch', async () => {
    const m = member(7, { name: 'Maria' });
    const { wrapper, save } = mountTable([m]);
    const pods = cell(wrapper, 0, 'POD');
    await pods.setValue('IT001E00000011, IT001E00000022');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(m, { pods: ['IT001E00000011', 'IT001E00000022'] });
    await cell(wrapper, 0, 'Consumo annuo (kWh)').setValue('3.200');
    expect(save).toHaveBeenLastCalledWith(m, { annualKWh: 3200 });
    await cell(wrapper, 0, 'Categoria').setValue('sme');
    expect(save).toHaveBeenLastCalledWith(m, { category: 'sme' });
  });

  it('does not save a number it cannot read, and flags it', async () => {
    const { wrapper, save } = mountTable([member(7)]);
    await cell(wrapper, 0, 'Consumo annuo (kWh)').setValue('tanti');
    expect(save).not.toHaveBeenCalled();
    expect(cell(wrapper, 0, 'Consumo annuo (kWh)').classes()).toContain('invalid');
  });

  it('on a refused edit names the field and shows the saved value again', async () => {
    const save = vi.fn(async () => {
      useUiStore().showError(new Error('POD non valido'));
      return false;
    });
    const { wrapper } = mountTable([member(7, { pods: ['IT001E00000011'] })], save);
    await cell(wrapper, 0, 'POD').setValue('IT001X99');
    await vi.waitFor(() => expect(wrapper.find('[data-test="cell-error"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="cell-error"]').text()).toContain('POD: POD non valido');
    expect(cell(wrapper, 0, 'POD').element.value).toBe('IT001E00000011');
    expect(wrapper.find('td.failed').exists()).toBe(true);
  });
});
