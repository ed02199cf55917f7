/** `condivisa undo / redo / history`: the app's history from the command line, across processes. */
import { describe, expect, it } from 'vitest';
import { cliWorkspace } from '../helpers/cli';

const ws = cliWorkspace();
const condivisa = ws.condivisa;
const ok = async (...args: string[]) => {
  const r = await condivisa(...args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

describe('condivisa undo / redo / history', () => {
  it('undoes a community edit made by another command, then redoes it', async () => {
    await ok('new', 'h.condivisa', '--name', 'CER Storia', '--type', 'CER');
    expect(await ok('undo', 'h.condivisa')).toBe('Niente da annullare\n');
    await ok('community', 'h.condivisa', '--set', 'municipality=Bergamo');
    expect(JSON.parse(await ok('history', 'h.condivisa', '--json')).undo.labelIt).toBe('Modifica comune della comunità');
    expect(await ok('undo', 'h.condivisa')).toMatch(/^Annullato: Modifica comune della comunità/);
    expect(JSON.parse(await ok('info', 'h.condivisa', '--json')).community.municipality).toBe('');
    expect(await ok('redo', 'h.condivisa')).toMatch(/^Ripetuto: Modifica comune della comunità/);
    expect(JSON.parse(await ok('info', 'h.condivisa', '--json')).community.municipality).toBe('Bergamo');
  });
});
