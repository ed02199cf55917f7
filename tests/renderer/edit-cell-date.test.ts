// @vitest-environment happy-dom
/** A date cell shows and takes dates in the app's language (day first), not the browser's. */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import EditCell from '../../renderer/src/components/EditCell.vue';

describe('EditCell, kind date', () => {
  it('shows 15/03/2025 for 2025-03-15 and commits a typed 1/4/2025 as 2025-04-01', async () => {
    const cell = mount(EditCell, { props: { kind: 'date', value: '2025-03-15', label: 'Data' } });
    const input = cell.get('input');
    expect((input.element as HTMLInputElement).value).toBe('15/03/2025');
    await input.setValue('1/4/2025');
    expect(cell.emitted('commit')).toEqual([['2025-04-01']]);
  });

  it('flags a date that does not exist and sends nothing; an empty cell clears the date', async () => {
    const cell = mount(EditCell, { props: { kind: 'date', value: null, label: 'Data' } });
    const input = cell.get('input');
    await input.setValue('31/02/2025');
    expect(input.classes()).toContain('invalid');
    expect(cell.emitted('commit')).toBeUndefined();
    await input.setValue('');
    expect(cell.emitted('commit')).toEqual([[null]]);
  });
});
