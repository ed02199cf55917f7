// @vitest-environment happy-dom
/** The app's own file field: the chosen file's name on its button, ✕ back to none. */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import FilePickField from '../../renderer/src/components/FilePickField.vue';

describe('FilePickField', () => {
  it('shows the chosen file and clears it with ✕', async () => {
    const field = mount(FilePickField, { props: { label: 'Previsione', accept: '.json', testId: 'f', modelValue: null, 'onUpdate:modelValue': (v: File | null) => field.setProps({ modelValue: v }) } });
    expect(field.text()).toContain('Scegli un file…');
    expect(field.find('[data-test="f-clear"]').exists()).toBe(false);
    const input = field.get('input[data-test="f"]');
    Object.defineProperty(input.element, 'files', { value: [new File(['{}'], 'previsione.json')] });
    await input.trigger('change');
    expect(field.text()).toContain('previsione.json');
    await field.get('[data-test="f-clear"]').trigger('click');
    expect(field.emitted('update:modelValue')!.at(-1)).toEqual([null]);
    expect(field.text()).toContain('Scegli un file…');
  });
});
