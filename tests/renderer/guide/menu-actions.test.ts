// @vitest-environment happy-dom
/** Menu actions: features register what an action does; the desktop menu and buttons dispatch it. */
import { describe, expect, it, vi } from 'vitest';
import { connectShellMenu, dispatchMenuAction, onMenuAction, type MenuMessage } from '../../../renderer/src/menu-actions';

describe('menu actions', () => {
  it('runs what is registered until it is removed; reports an action nobody handles', () => {
    const toggled: MenuMessage[] = [];
    const off = onMenuAction('presentation-toggle', (m) => void toggled.push(m));
    expect(dispatchMenuAction({ action: 'presentation-toggle' })).toBe(true);
    off();
    expect(dispatchMenuAction({ action: 'presentation-toggle' })).toBe(false);
    expect(toggled).toEqual([{ action: 'presentation-toggle' }]);
  });

  it('falls back to the text field’s own undo when the app has no history', () => {
    const exec = vi.fn(() => true);
    Object.assign(document, { execCommand: exec });
    expect(dispatchMenuAction({ action: 'undo' })).toBe(false);
    expect(exec).toHaveBeenCalledWith('undo');
    const mine = vi.fn();
    const off = onMenuAction('undo', mine);
    dispatchMenuAction({ action: 'undo' });
    expect(mine).toHaveBeenCalledOnce();
    expect(exec).toHaveBeenCalledOnce();
    off();
  });

  it('receives the desktop menu through the preload, Save as with its path', () => {
    let deliver: (m: MenuMessage) => void = () => undefined;
    window.condivisaShell = { onMenu: (l) => (deliver = l), setLanguage: () => undefined };
    connectShellMenu();
    const got: MenuMessage[] = [];
    const off = onMenuAction('save-as', (m) => void got.push(m));
    deliver({ action: 'save-as', path: '/home/u/copia.condivisa' });
    expect(got).toEqual([{ action: 'save-as', path: '/home/u/copia.condivisa' }]);
    off();
    delete window.condivisaShell;
  });
});
