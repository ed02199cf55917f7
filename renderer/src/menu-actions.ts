/**
 * The shell's actions as the renderer carries them out: the desktop menu (through the
 * preload's `condivisaShell.onMenu`) and any button may dispatch one; features register
 * what an action does with `onMenuAction` (presentation mode registers `presentation-toggle`,
 * the edit history `undo`/`redo`). In the web host there is no menu: the same actions are
 * the app's own buttons, so nothing depends on Electron.
 */
export type MenuAction = 'save-as' | 'print-report' | 'presentation-toggle' | 'undo' | 'redo' | 'guide' | 'tour';

export interface MenuMessage {
  action: MenuAction;
  /** Save as: the file the native dialog chose. */
  path?: string;
}

type Listener = (message: MenuMessage) => void | Promise<void>;

declare global {
  interface Window {
    condivisaShell?: {
      onMenu(listener: (message: MenuMessage) => void): void;
      setLanguage(lang: 'it' | 'en'): void;
    };
  }
}

const listeners = new Map<MenuAction, Set<Listener>>();

/** Registers what `action` does; returns the function that removes it (call it on unmount). */
export function onMenuAction(action: MenuAction, listener: Listener): () => void {
  let set = listeners.get(action);
  if (!set) listeners.set(action, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * Runs the listeners of an action; false when none is registered. Undo and redo then fall back
 * to the focused text field's own history, as a menu without the app's would.
 */
export function dispatchMenuAction(message: MenuMessage): boolean {
  const set = listeners.get(message.action);
  if (!set || set.size === 0) {
    if (message.action === 'undo' || message.action === 'redo') document.execCommand?.(message.action);
    return false;
  }
  for (const l of set) void l(message);
  return true;
}

/** Connects the desktop menu, when there is one (Electron's preload), to the dispatcher. */
export function connectShellMenu(): void {
  window.condivisaShell?.onMenu((m) => dispatchMenuAction(m));
}
