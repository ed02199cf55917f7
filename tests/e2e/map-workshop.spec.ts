/**
 * The map as a workshop tool, in Chromium through the real web host with every non-loopback
 * request refused: a member typed in the table is placed by clicking and joins its area's
 * configuration; an offline streets file (a PMTiles written here) is opened and its tiles
 * drawn; the map is not blank after going to another tab and back, nor after the findings
 * panel collapses; an area is deleted only after a confirmation and comes back on undo.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeMilanAreas } from './milan-areas';
import { test, expect } from './app-fixture';
import { editCell, mapSettled, newProject, openMap, saved, screenshot } from './ui';
import zlib from 'node:zlib';
import { mvtSquare, png, writePmtiles, type TestTile } from '../helpers/tiles-files';

const offsite: string[] = [];

test.beforeEach(async ({ page }) => {
  offsite.length = 0;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https?:\/\/127\.0\.0\.1[:/]/.test(url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offsite.push(url);
    return route.abort();
  });
});
test.afterEach(() => {
  expect(offsite, 'requests outside the host').toEqual([]);
});

async function mapBox(page: Page) {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map not visible');
  return box;
}

async function importMilan(page: Page, root: string) {
  await page.getByTestId('areas-path').fill(writeMilanAreas(root));
  await page.getByTestId('areas-import').click();
  await expect(page.getByTestId('import-report')).toContainText('2 aree importate');
  await mapSettled(page);
}

/** Frames area `code` through the search box (the view flies there). */
async function goToArea(page: Page, code: string) {
  await page.getByTestId('area-search').fill(code);
  await page.getByTestId('area-result').first().click();
  await expect(page.getByTestId('area-code')).toHaveText(code);
  await mapSettled(page);
}

test('a member typed in the table is placed by clicking and joins the configuration of its area', async ({ page, app }) => {
  await app.open();
  await newProject(page, 'CER Posiziona');
  await page.getByTestId('tab-configurations').click();
  await page.getByTestId('add-configuration').click();
  await saved(page);
  await editCell(page, page.locator('[data-test="configurations-table"] tbody tr').nth(0), 'Codice cabina primaria', 'AC001E00934');
  await page.getByTestId('tab-members').click();
  await page.getByTestId('add-member').click();
  await saved(page);
  await editCell(page, page.locator('[data-test="members-table"] tbody tr').nth(0), 'Nome', 'Casa Rossi');

  await openMap(page);
  await importMilan(page, app.root);
  const item = page.getByTestId('unplaced').filter({ hasText: 'Casa Rossi' });
  await expect(item).toHaveCount(1);
  await goToArea(page, 'AC001E00934');
  await item.getByTestId('unplaced-place').click();
  await expect(page.getByTestId('placing')).toContainText('Casa Rossi');
  const box = await mapBox(page);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('joined')).toContainText('Casa Rossi è nella configurazione');
  await saved(page);
  await expect(page.getByTestId('unplaced')).toHaveCount(0);
  await expect(page.getByTestId('area-member-count')).toHaveText('1');

  await page.getByTestId('tab-members').click();
  const cfg = page.locator('[data-test="members-table"] tbody tr').nth(0).getByLabel('Configurazione');
  await expect(cfg.locator('option:checked')).not.toHaveText('');
  expect(await cfg.inputValue()).not.toBe('');
});

test('a member added on the map gets the chosen kind and its typical consumption', async ({ page, app }) => {
  await app.open();
  await newProject(page, 'CER Tipo');
  await openMap(page);
  await importMilan(page, app.root);
  await page.getByTestId('map-mode-add-member').click();
  // A school: 50,000 kWh/yr in resources/parameters/member-presets.json.
  await page.getByTestId('member-kind').selectOption('school');
  const box = await mapBox(page);
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.5);
  await expect(page.getByTestId('map-last-placed')).toContainText('area AC001E00934');
  await saved(page);
  await expect(page.getByTestId('project-summary')).toContainText('50.000 kWh');
});

/** Milan's tile and its neighbours at zooms 0-6 (PNG images, or vector tiles all land), written as PMTiles. */
function writeItalyTiles(dir: string, vector = false): string {
  const tiles: TestTile[] = [];
  const colour = vector ? zlib.gzipSync(mvtSquare('earth')) : png(230, 120, 40, 8);
  for (let z = 0; z <= 6; z++) {
    // Tile of Milan (45.46° N, 9.19° E) at zoom z and its neighbours.
    const n = 2 ** z;
    const x = Math.floor(((9.19 + 180) / 360) * n);
    const lat = (45.46 * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
      const tx = x + dx, ty = y + dy;
      if (tx >= 0 && ty >= 0 && tx < n && ty < n && !tiles.some((t) => t.z === z && t.x === tx && t.y === ty)) tiles.push({ z, x: tx, y: ty, data: colour });
    }
  }
  const file = path.join(dir, vector ? 'italia-vettoriale.pmtiles' : 'italia-prova.pmtiles');
  writePmtiles(file, tiles, { maxZoom: 6, metadata: { name: 'Strade di prova', attribution: '© OpenStreetMap' }, ...(vector ? { tileType: 1, tileCompression: 2 } : {}) });
  return file;
}

test('a vector PMTiles (Protomaps schema) is drawn by the map', async ({ page, app }) => {
  const file = writeItalyTiles(app.root, true);
  await app.open();
  await newProject(page, 'CER Vettoriale');
  await openMap(page);
  await page.getByTestId('streets-path').fill(file);
  await page.getByTestId('streets-use').click();
  await expect(page.getByTestId('streets-file')).toContainText('vettoriale');
  await importMilan(page, app.root);
  // Each tile's one polygon is in layer "earth": the light flavour paints it #e2dfda.
  const centre = () =>
    page.evaluate(() => {
      const c = Array.from(document.querySelectorAll<HTMLCanvasElement>('.leaflet-cnd-tiles-pane canvas')).find((x) => x.width > 0);
      if (!c) return null;
      const d = c.getContext('2d')!.getImageData(Math.floor(c.width / 2), Math.floor(c.height / 2), 1, 1).data;
      return [d[0], d[1], d[2]];
    });
  await expect.poll(centre).toEqual([0xe2, 0xdf, 0xda]);
  // As a desk sees it on a laptop and on a projector.
  for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    await expect.poll(centre).toEqual([0xe2, 0xdf, 0xda]);
    await screenshot(page, `map-vector-streets-${width}.png`);
  }
});

test('an offline streets file is opened, its tiles drawn under the areas, and remembered', async ({ page, app }) => {
  const file = writeItalyTiles(app.root);
  await app.open();
  await newProject(page, 'CER Strade');
  await openMap(page);
  await expect(page.getByTestId('streets-card')).toContainText('Nessun file di strade');
  // A bad file is refused with its name; nothing changes.
  const bad = path.join(app.root, 'rotto.pmtiles');
  fs.writeFileSync(bad, 'non sono tessere');
  await page.getByTestId('streets-path').fill(bad);
  await page.getByTestId('streets-use').click();
  await expect(page.getByTestId('error')).toContainText('rotto.pmtiles');

  await page.getByTestId('streets-path').fill(file);
  await page.getByTestId('streets-use').click();
  await expect(page.getByTestId('streets-file')).toContainText('Strade di prova');
  await importMilan(page, app.root);
  const tiles = page.locator('.leaflet-cnd-tiles-pane img[src^="data:image/png"]');
  await expect.poll(() => tiles.count()).toBeGreaterThan(0);
  await expect(page.locator('.leaflet-control-attribution')).toContainText('© OpenStreetMap');
  await screenshot(page, 'map-streets.png');

  // Another session on this computer: the file is still chosen.
  await page.reload();
  await openMap(page);
  await expect(page.getByTestId('streets-file')).toContainText('Strade di prova');
  await expect.poll(() => tiles.count()).toBeGreaterThan(0);
});

test('the map is drawn after going to another tab and back, and fills the space when the findings panel collapses', async ({ page, app }) => {
  await app.open();
  await newProject(page, 'CER Schede');
  await openMap(page);
  await importMilan(page, app.root);
  await page.getByTestId('tab-members').click();
  await openMap(page);
  // Drawn: a real view (no NaN in the pane's position), town labels placed, and the canvas
  // renderers (basemap, areas) as wide as the map.
  const covers = () =>
    page.evaluate(() => {
      const map = document.querySelector<HTMLElement>('[data-test="map"]')!;
      const pane = map.querySelector<HTMLElement>('.leaflet-map-pane')!;
      // Leaflet sizes its canvas renderers to the map (plus padding) each time it measures the map.
      const widths = Array.from(map.querySelectorAll('canvas')).map((c) => parseFloat(c.style.width) || 0);
      return { labels: pane.style.transform.includes('NaN') ? 0 : map.querySelectorAll('.map-place').length, svgWidth: Math.max(0, ...widths), mapWidth: map.clientWidth };
    });
  await expect.poll(async () => (await covers()).labels).toBeGreaterThan(0);
  const before = await covers();
  expect(before.svgWidth).toBeGreaterThanOrEqual(before.mapWidth);
  // Collapse the findings panel: the map grows and is redrawn across its new width.
  await page.getByTestId('findings-toggle').click();
  await expect.poll(async () => (await covers()).mapWidth).toBeGreaterThan(before.mapWidth);
  await expect.poll(async () => {
    const c = await covers();
    return c.svgWidth >= c.mapWidth;
  }).toBe(true);
  await page.getByTestId('findings-toggle').click();
});

test('an area is deleted only after confirming and comes back with undo', async ({ page, app }) => {
  await app.open();
  await newProject(page, 'CER Elimina');
  await openMap(page);
  await importMilan(page, app.root);
  // Draw an unofficial perimeter inside the view.
  await page.getByTestId('map-mode-draw').click();
  const box = await mapBox(page);
  await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.4);
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.4);
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.6);
  await page.mouse.dblclick(box.x + box.width * 0.4, box.y + box.height * 0.6);
  await page.getByTestId('perimeter-code').fill('CUSTOM-1');
  await page.getByTestId('perimeter-save').click();
  await expect(page.getByTestId('area-code')).toHaveText('CUSTOM-1');

  await page.getByTestId('area-remove').click();
  await expect(page.getByTestId('area-remove-confirm')).toContainText('Eliminare l\'area CUSTOM-1?');
  await page.getByTestId('area-remove-no').click();
  await expect(page.getByTestId('area-code')).toHaveText('CUSTOM-1');
  await page.getByTestId('area-remove').click();
  await page.getByTestId('area-remove-yes').click();
  await expect(page.getByTestId('area-removed')).toContainText('Area CUSTOM-1 eliminata');
  await page.getByTestId('area-search').fill('CUSTOM');
  await expect(page.getByTestId('area-result')).toHaveCount(0);

  await page.getByTestId('area-undo').click();
  await expect(page.getByTestId('area-code')).toHaveText('CUSTOM-1');
  await expect(page.getByTestId('area-removed')).toHaveCount(0);
  await page.getByTestId('area-search').fill('CUSTOM-');
  await expect(page.getByTestId('area-result')).toHaveCount(1);
});

test('a town found by name: the map flies there', async ({ page, app }) => {
  await app.open();
  await newProject(page, 'CER Cerca');
  await openMap(page);
  await page.getByTestId('area-search').fill('Rho');
  await page.getByTestId('place-result').filter({ hasText: /^Rho$/ }).click();
  await mapSettled(page);
  // Rho (45.53° N, 9.04° E) is now in the middle of the map, with its label.
  const dot = await page.locator('.map-place').filter({ hasText: /^Rho$/ }).locator('.dot').boundingBox();
  const box = await mapBox(page);
  expect(dot).not.toBeNull();
  expect(Math.abs(dot!.x - (box.x + box.width / 2))).toBeLessThan(20);
  expect(Math.abs(dot!.y - (box.y + box.height / 2))).toBeLessThan(20);
});
