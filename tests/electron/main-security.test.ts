/** The Electron main process from its sources, against a fake `electron`. */
import { vi } from 'vitest';
import { mainSecuritySuite } from './main-suite';

vi.mock('electron', () => import('./fake-electron'));

mainSecuritySuite(() => import('../../electron/main'));
