/**
 * The application menu as data: labels in Italian or English, callbacks given by the main
 * process, the recent projects. Pure, so a test can read the template without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from './menu-actions';

export type MenuLang = 'it' | 'en';

const LABELS = {
  it: {
    file: 'File',
    newWindow: 'Nuova finestra',
    open: 'Apri progetto…',
    recent: 'Progetti recenti',
    noRecent: 'Nessun progetto recente',
    saveAs: 'Salva come…',
    printReport: 'Stampa la relazione tecnica',
    quit: 'Esci',
    edit: 'Modifica',
    undo: 'Annulla',
    redo: 'Ripeti',
    cut: 'Taglia',
    copy: 'Copia',
    paste: 'Incolla',
    selectAll: 'Seleziona tutto',
    view: 'Visualizza',
    presentation: 'Modalità presentazione',
    reload: 'Ricarica',
    zoomIn: 'Ingrandisci',
    zoomOut: 'Riduci',
    resetZoom: 'Dimensioni reali',
    fullScreen: 'Schermo intero',
    help: 'Aiuto',
    guide: 'Guida',
    tour: 'Tour del progetto dimostrativo',
  },
  en: {
    file: 'File',
    newWindow: 'New window',
    open: 'Open project…',
    recent: 'Recent projects',
    noRecent: 'No recent projects',
    saveAs: 'Save as…',
    printReport: 'Print the technical report',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    presentation: 'Presentation mode',
    reload: 'Reload',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    help: 'Help',
    guide: 'Guide',
    tour: 'Tour of the demo project',
  },
} as const;

export type MenuLabels = { [K in keyof (typeof LABELS)['it']]: string };
export const menuLabels = (lang: MenuLang): MenuLabels => LABELS[lang];

export interface MenuCallbacks {
  newWindow(): void;
  open(): void;
  openRecent(path: string): void;
  /** An action the focused window's renderer carries out (Save as shows the native dialog first). */
  send(action: MenuAction): void;
}

export interface RecentEntry {
  path: string;
  name: string;
}

/** The menu template: File, Edit, View, Help. Undo/redo go to the app (its own history), not to the text field's. */
export function buildMenuTemplate(lang: MenuLang, cb: MenuCallbacks, recent: readonly RecentEntry[]): MenuItemConstructorOptions[] {
  const l = menuLabels(lang);
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.slice(0, 10).map((r) => ({ label: r.name, sublabel: r.path, click: () => cb.openRecent(r.path) }))
    : [{ label: l.noRecent, enabled: false }];
  return [
    {
      label: l.file,
      submenu: [
        { label: l.newWindow, accelerator: 'CmdOrCtrl+N', click: () => cb.newWindow() },
        { label: l.open, accelerator: 'CmdOrCtrl+O', click: () => cb.open() },
        { label: l.recent, submenu: recentItems },
        { type: 'separator' },
        { label: l.saveAs, accelerator: 'CmdOrCtrl+Shift+S', click: () => cb.send('save-as') },
        { label: l.printReport, accelerator: 'CmdOrCtrl+P', click: () => cb.send('print-report') },
        { type: 'separator' },
        { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { label: l.undo, accelerator: 'CmdOrCtrl+Z', click: () => cb.send('undo') },
        { label: l.redo, accelerator: 'CmdOrCtrl+Shift+Z', click: () => cb.send('redo') },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.presentation, accelerator: 'F5', click: () => cb.send('presentation-toggle') },
        { type: 'separator' },
        { role: 'reload', label: l.reload },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    {
      label: l.help,
      submenu: [
        { label: l.guide, accelerator: 'F1', click: () => cb.send('guide') },
        { label: l.tour, click: () => cb.send('tour') },
      ],
    },
  ];
}
