/**
 * The map tab in Chromium through the real web host, with every non-loopback request
 * refused: import areas from a GeoJSON file the test writes, place a member by clicking the
 * map and see its area assigned, drag it out of the area, click the area for its summary.
 * Also saves screenshots of the map as a user sees it (Italy, then a municipality).
 */
import type { Page } from '@playwright/test';
import { writeMilanAreas } from './milan-areas';
import { test, expect } from './app-fixture';
import { mapSettled, newProject, openMap, saved, screenshot, screenshotOf } from './ui';

const offsite: string[] = [];

test.beforeEach(async ({ page }) => {
  offsite.length = 0;
  // No network: anything that is not the loopback host is refused (and recorded).
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

test('import areas, place a member by clicking the map and see its area assigned', async ({ page, app }) => {
  const areasFile = writeMilanAreas(app.root);
  await app.open();
  await newProject(page, 'CER Mappa');
  await openMap(page);
  await expect(page.getByTestId('area-panel')).toContainText('Nessuna area');

  await page.getByTestId('areas-path').fill(areasFile);
  await page.getByTestId('areas-import').click();
  await expect(page.getByTestId('import-report')).toContainText('aree-milano.geojson: 2 aree importate, 0 riparate, 0 scartate');

  // The view fits the areas; zoom in on the first one through the search box.
  await page.getByTestId('area-search').fill('ac001e00934');
  await page.getByTestId('area-result').first().click();
  await expect(page.getByTestId('area-code')).toHaveText('AC001E00934');
  await mapSettled(page); // the view flies to the area

  // Add a member where the user clicks: the centre of the view is inside AC001E00934.
  await page.getByTestId('map-mode-add-member').click();
  const box = await mapBox(page);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('map-last-placed')).toContainText('Nuovo membro 1: area AC001E00934');
  await saved(page);
  await expect(page.getByTestId('area-member-count')).toHaveText('1');
  await expect(page.getByTestId('project-summary')).toContainText('1 membro ·');

  // Drag the member out of every area: it is saved, re-located and flagged.
  await page.getByTestId('map-mode-pan').click();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + 30, { steps: 4 });
  await page.mouse.move(box.x + 8, box.y + 8, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('map-warning')).toHaveCount(1);
  await expect(page.getByTestId('map-warning')).toContainText('in nessuna area');
  await expect(page.getByTestId('area-member-count')).toHaveText('0');

  // Clicking inside the area shows its summary.
  await page.mouse.click(box.x + box.width / 2 + 20, box.y + box.height / 2 + 20);
  await expect(page.getByTestId('area-code')).toHaveText('AC001E00934');

  // After a reload the member keeps its (new) position and no area.
  await page.reload();
  await openMap(page);
  await expect(page.getByTestId('map-warning')).toHaveCount(1);
});

test('screenshots: Italy and a municipality, offline', async ({ page, app }) => {
  const areasFile = writeMilanAreas(app.root);
  await app.open();
  await newProject(page, 'CER Italia');
  await openMap(page);
  await screenshotOf(page.getByTestId('map'), 'map.png');
  await screenshot(page, 'map-page.png');

  await page.getByTestId('areas-path').fill(areasFile);
  await page.getByTestId('areas-import').click();
  await expect(page.getByTestId('import-report')).toBeVisible();
  await mapSettled(page); // the view fits the imported areas
  await page.getByTestId('map-mode-add-member').click();
  const box = await mapBox(page);
  for (const [dx, dy] of [[0.3, 0.4], [0.62, 0.55], [0.7, 0.3], [0.45, 0.7]] as const) {
    await page.mouse.click(box.x + box.width * dx, box.y + box.height * dy);
    await saved(page);
  }
  await page.getByTestId('map-mode-add-plant').click();
  await page.mouse.click(box.x + box.width * 0.66, box.y + box.height * 0.6);
  await saved(page);
  await page.getByTestId('map-mode-pan').click();
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.45);
  await expect(page.getByTestId('area-code')).toHaveText('AC001E00934');
  await mapSettled(page);
  await screenshot(page, 'map-municipality.png');
});
