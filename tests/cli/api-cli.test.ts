/** `condivisa api`: any operation by name over the same dispatch as the app (run in-process). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';
import { cliInProcess } from '../helpers/cli';

let tmp: ReturnType<typeof tempDir>;
const condivisa = cliInProcess(() => tmp.dir);

beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('condivisa api', () => {
  it('lists every operation with its area', async () => {
    const r = await condivisa('api', '--list');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/addPlant\s+\[members\] Add a plant/);
    expect(r.stdout).toMatch(/getBasemap\s+\[map\] \(no project\)/);
  });

  it('creates a project, adds and edits a plant, and reads it back as JSON', async () => {
    expect((await condivisa('api', '-', 'createProject', '{"path": "a", "name": "CER A", "type": "CER"}')).code).toBe(0);
    const added = await condivisa('api', 'a.condivisa', 'addPlant', '{"plant": {"name": "Tetto scuola", "kWp": 60}}');
    expect(added.code, added.stderr).toBe(0);
    const plant = JSON.parse(added.stdout) as { id: number; kWp: number };
    expect(plant.kWp).toBe(60);
    expect((await condivisa('api', 'a.condivisa', 'updatePlant', JSON.stringify({ id: plant.id, patch: { kWp: 45 } }))).code).toBe(0);
    const list = JSON.parse((await condivisa('api', 'a.condivisa', 'listPlants')).stdout) as { name: string; kWp: number }[];
    expect(list).toEqual([expect.objectContaining({ name: 'Tetto scuola', kWp: 45 })]);
  });

  it('exits 1 with the message naming the field when the arguments are wrong', async () => {
    const r = await condivisa('api', 'a.condivisa', 'addPlant', '{"plant": {"name": "X", "tiltDeg": 120}}');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('condivisa api addPlant: Tilt (°) must be between 0 and 90');
    expect((await condivisa('api', 'a.condivisa', 'frobnicate')).code).toBe(1);
    expect((await condivisa('api', 'a.condivisa', 'listPlants', '[1,2]')).code).toBe(1);
    expect((await condivisa('api', '-', 'listPlants')).code).toBe(1);
  });
});
