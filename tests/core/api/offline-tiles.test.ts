/** The offline streets file through the API: chosen once per computer, remembered, refused when bad. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreService } from '../../../core/api/node/core-service';
import { rejection, testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';
import { png, writeMbtiles, writePmtiles } from '../../helpers/tiles-files';

let tmp: ReturnType<typeof tempDir>;
let api: CoreService;
beforeEach(() => {
  tmp = tempDir();
  api = testService(tmp.dir);
});
afterEach(() => {
  api.dispose();
  tmp.cleanup();
});

const RED = png(255, 0, 0);

describe('offline streets file', () => {
  it('starts with none, serves tiles of the chosen file as data: URLs and remembers it in the settings folder', async () => {
    expect(await api.getOfflineTiles({})).toEqual({ path: null, info: null, problem: null });
    expect(await api.getOfflineTile({ z: 0, x: 0, y: 0 })).toEqual({ dataUrl: null });
    const file = path.join(tmp.dir, 'italia.pmtiles');
    writePmtiles(file, [{ z: 3, x: 4, y: 2, data: RED }]);
    const state = await api.setOfflineTiles({ path: file });
    expect(state.info).toMatchObject({ file: 'italia.pmtiles', kind: 'raster', format: 'png' });
    expect(await api.getOfflineTile({ z: 3, x: 4, y: 2 })).toEqual({ dataUrl: `data:image/png;base64,${RED.toString('base64')}` });
    expect(await api.getOfflineTile({ z: 3, x: 4, y: 3 })).toEqual({ dataUrl: null });
    // The settings folder (not the project) keeps the choice: a new host on the same computer uses it.
    expect(JSON.parse(fs.readFileSync(path.join(tmp.dir, 'cfg', 'offline-tiles.json'), 'utf8'))).toEqual({ path: file });
    api.dispose();
    api = testService(tmp.dir);
    expect((await api.getOfflineTiles({})).info?.file).toBe('italia.pmtiles');
    expect((await api.getOfflineTile({ z: 3, x: 4, y: 2 })).dataUrl).toContain('base64');
    expect(await api.setOfflineTiles({ path: null })).toEqual({ path: null, info: null, problem: null });
  });

  it('refuses a bad file naming it and keeps the previous choice; reports a remembered file that has gone', async () => {
    const good = path.join(tmp.dir, 'strade.mbtiles');
    writeMbtiles(good, [{ z: 0, x: 0, y: 0, data: RED }]);
    await api.setOfflineTiles({ path: good });
    const bad = path.join(tmp.dir, 'rotto.pmtiles');
    fs.writeFileSync(bad, 'PMTiles\u0003 troppo corto');
    const e = await rejection(api.setOfflineTiles({ path: bad }));
    expect(e.code).toBe('bad-request');
    expect(e.messageIt).toContain('rotto.pmtiles');
    expect((await api.getOfflineTiles({})).info?.file).toBe('strade.mbtiles');
    api.dispose();
    fs.rmSync(good);
    api = testService(tmp.dir);
    const s = await api.getOfflineTiles({});
    expect(s.path).toBe(good);
    expect(s.info).toBeNull();
    expect(s.problem?.it).toContain('strade.mbtiles');
  });
});
