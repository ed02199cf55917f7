/** The application menu as data: both languages, every entry the issue names, callbacks wired. */
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, menuLabels } from '../../electron/menu';
import { isMenuMessage, type MenuAction } from '../../electron/menu-actions';
import { projectFileInArgs } from '../../electron/single-instance';

function flat(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
}

describe('application menu', () => {
  const calls: string[] = [];
  const cb = {
    newWindow: () => calls.push('new'),
    open: () => calls.push('open'),
    openRecent: (p: string) => calls.push(`recent:${p}`),
    send: (a: MenuAction) => calls.push(`send:${a}`),
  };

  it('has Open, Recent, Save as, Print, Presentation mode, Guide in Italian and in English', () => {
    const it_ = flat(buildMenuTemplate('it', cb, [])).map((i) => i.label);
    expect(it_).toEqual(expect.arrayContaining(['Apri progetto…', 'Progetti recenti', 'Salva come…', 'Stampa la relazione tecnica', 'Modalità presentazione', 'Guida', 'Annulla', 'Ripeti']));
    const en = flat(buildMenuTemplate('en', cb, [])).map((i) => i.label);
    expect(en).toEqual(expect.arrayContaining(['Open project…', 'Recent projects', 'Save as…', 'Print the technical report', 'Presentation mode', 'Guide', 'Undo', 'Redo']));
    // Every label exists in both languages.
    expect(Object.keys(menuLabels('en')).sort()).toEqual(Object.keys(menuLabels('it')).sort());
  });

  it('lists recent projects (at most 10) that open on click; an empty list says so, disabled', () => {
    calls.length = 0;
    const recent = Array.from({ length: 12 }, (_, i) => ({ path: `/w/p${i}.condivisa`, name: `Progetto ${i}` }));
    const menu = buildMenuTemplate('it', cb, recent);
    const sub = flat(menu).find((i) => i.label === 'Progetti recenti')!.submenu as MenuItemConstructorOptions[];
    expect(sub).toHaveLength(10);
    sub[2]!.click!({} as never, undefined, {} as never);
    expect(calls).toEqual(['recent:/w/p2.condivisa']);
    const none = flat(buildMenuTemplate('it', cb, [])).find((i) => i.label === 'Progetti recenti')!.submenu as MenuItemConstructorOptions[];
    expect(none).toEqual([{ label: 'Nessun progetto recente', enabled: false }]);
  });

  it('sends the renderer its actions, with the usual shortcuts', () => {
    calls.length = 0;
    const items = flat(buildMenuTemplate('it', cb, []));
    const byLabel = (l: string) => items.find((i) => i.label === l)!;
    for (const l of ['Salva come…', 'Stampa la relazione tecnica', 'Modalità presentazione', 'Annulla', 'Ripeti', 'Guida', 'Apri progetto…', 'Nuova finestra']) byLabel(l).click!({} as never, undefined, {} as never);
    expect(calls).toEqual(['send:save-as', 'send:print-report', 'send:presentation-toggle', 'send:undo', 'send:redo', 'send:guide', 'open', 'new']);
    expect(byLabel('Apri progetto…').accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Salva come…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byLabel('Stampa la relazione tecnica').accelerator).toBe('CmdOrCtrl+P');
  });

  it('lets only well-formed messages through the preload', () => {
    expect(isMenuMessage({ action: 'presentation-toggle' })).toBe(true);
    expect(isMenuMessage({ action: 'save-as', path: '/w/x.condivisa' })).toBe(true);
    for (const bad of [null, 'undo', { action: 'rm -rf' }, { action: 'save-as', path: 42 }, {}]) expect(isMenuMessage(bad), JSON.stringify(bad)).toBe(false);
  });
});

describe('project file on the command line (double-click, second launch)', () => {
  it('finds the .condivisa argument, skipping flags; accepts a file:// URI', () => {
    expect(projectFileInArgs(['/opt/Condivisa/condivisa', '--no-sandbox', '/home/u/CER Rossi.condivisa'])).toBe('/home/u/CER Rossi.condivisa');
    expect(projectFileInArgs(['C:\\Condivisa.exe', 'C:\\Users\\u\\Progetto.CONDIVISA'])).toBe('C:\\Users\\u\\Progetto.CONDIVISA');
    expect(projectFileInArgs(['/opt/condivisa', 'file:///home/u/CER%20Rossi.condivisa'])).toBe('/home/u/CER Rossi.condivisa');
    expect(projectFileInArgs(['/opt/condivisa', '--flag=x.condivisa', 'notes.txt'])).toBeUndefined();
    // argv[0] is the program itself, never a project.
    expect(projectFileInArgs(['/weird/path.condivisa'])).toBeUndefined();
  });
});
