/**
 * What the application menu asks of the renderer: action names sent on one IPC channel
 * and received by the preload's `onMenu`. Actions the main process handles itself (open a
 * project, recent, new window, quit) never reach the renderer.
 */
export const MENU_CHANNEL = 'condivisa-shell:menu';
/** The renderer tells the main process its UI language, so the menu follows it. */
export const LANGUAGE_CHANNEL = 'condivisa-shell:language';

export const MENU_ACTIONS = ['save-as', 'print-report', 'presentation-toggle', 'undo', 'redo', 'guide', 'tour'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

/** What travels with an action: Save as carries the path the native dialog chose. */
export interface MenuMessage {
  action: MenuAction;
  path?: string;
}

export function isMenuMessage(x: unknown): x is MenuMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return (MENU_ACTIONS as readonly string[]).includes(m.action as string) && (m.path === undefined || typeof m.path === 'string');
}
