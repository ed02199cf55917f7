/** The error banner goes when its cause does: the cell saved right, or its entity deleted. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { ApiError } from '../../../core/api/common/errors';
import { useUiStore } from '../../../renderer/src/stores/useUiStore';

beforeEach(() => setActivePinia(createPinia()));

const refused = () => new ApiError('bad-request', 'invalid POD', 'POD non valido', 'pods');

describe('useUiStore', () => {
  it('clears an error named after a cell when that cell or its entity is cleared, not a neighbour', () => {
    const ui = useUiStore();
    ui.showError(refused());
    ui.setErrorCause('member:3:pods');
    expect(ui.error).toBe('POD non valido');
    ui.clearFor('member:31'); // another member whose id starts the same
    ui.clearFor('member:3:name'); // another field of the same member
    expect(ui.error).toBe('POD non valido');
    ui.clearFor('member:3');
    expect(ui.error).toBeNull();
  });

  it('an error with no cause stays until dismissed', () => {
    const ui = useUiStore();
    ui.showError(new Error('disk full'));
    ui.clearFor('member:3');
    expect(ui.error).toBe('disk full');
    ui.clearError();
    expect(ui.error).toBeNull();
  });
});
