// @vitest-environment happy-dom
/** An optional number cell (a plant's investment cost): Italian numbers, and emptying it clears the figure. */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import EditCell from '../../renderer/src/components/EditCell.vue';

describe('EditCell, optional number', () => {
  it('commits a typed 12.500 as 12500 and an emptied cell as null, with the placeholder shown', async () => {
    const cell = mount(EditCell, { props: { kind: 'number', value: 30000, digits: 0, nullable: true, placeholder: 'massimale', label: 'Costo investimento (€)' } });
    const input = cell.get('input');
    expect((input.element as HTMLInputElement).value).toBe('30.000');
    expect(input.attributes('placeholder')).toBe('massimale');
    await input.setValue('12.500');
    await input.setValue('');
    expect(input.classes()).not.toContain('invalid');
    expect(cell.emitted('commit')).toEqual([[12500], [null]]);
  });

  it('writes a year without thousands grouping (2025, not 2.025) and takes it back as typed', async () => {
    const cell = mount(EditCell, { props: { kind: 'number', value: 2025, digits: 0, ungrouped: true, label: 'Anno di riferimento' } });
    const input = cell.get('input');
    expect((input.element as HTMLInputElement).value).toBe('2025');
    await input.setValue('2024');
    expect(cell.emitted('commit')).toEqual([[2024]]);
  });

  it('a required number still flags an empty cell and sends nothing', async () => {
    const cell = mount(EditCell, { props: { kind: 'number', value: 20, label: 'Potenza (kWp)' } });
    const input = cell.get('input');
    await input.setValue('');
    expect(input.classes()).toContain('invalid');
    expect(cell.emitted('commit')).toBeUndefined();
  });
});
