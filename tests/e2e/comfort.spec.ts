/**
 * Editing comfort: undo/redo that survives a restart of the host, a deletion undone from
 * its notice, sorting and filtering the tables, a refused cell restored and marked.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './app-fixture';
import { editCell, saved } from './ui';

const plantRow = (page: Page, name: string) => page.locator('[data-test="plants-table"] tbody tr').filter({ has: page.locator(`input[aria-label="Nome"][value="${name}"]`) });

async function openDemo(page: Page) {
  await page.getByTestId('open-demo').click();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
}

test('an edit is undone after the host is stopped and started again on the same file, then redone', async ({ page, app }) => {
  const first = await app.open();
  await openDemo(page);
  await page.getByTestId('tab-plants').click();
  const school = page.locator('[data-test="plants-table"] tbody tr').nth(0);
  await expect(school.getByLabel('Nome')).toHaveValue('FV tetto scuola Via Pascal');
  await expect(school.getByLabel('Potenza (kWp)')).toHaveValue('60');
  await editCell(page, school, 'Potenza (kWp)', '75,5');
  await expect(page.getByTestId('undo')).toHaveAttribute('title', 'Annulla: Modifica potenza impianto FV tetto scuola Via Pascal (Ctrl+Z)');

  await first.stop();
  await app.open();
  await openDemo(page);
  await page.getByTestId('tab-plants').click();
  const again = page.locator('[data-test="plants-table"] tbody tr').nth(0);
  await expect(again.getByLabel('Potenza (kWp)')).toHaveValue('75,5');
  await expect(page.getByTestId('undo')).toBeEnabled();
  await page.getByTestId('undo').click();
  await expect(page.locator('[data-test="plants-table"] tbody tr').nth(0).getByLabel('Potenza (kWp)')).toHaveValue('60');
  await expect(page.getByTestId('notice')).toHaveText('Annullato: Modifica potenza impianto FV tetto scuola Via Pascal');
  await expect(page.getByTestId('redo')).toHaveAttribute('title', 'Ripeti: Modifica potenza impianto FV tetto scuola Via Pascal (Ctrl+Maiusc+Z)');

  // The shortcuts act outside text fields (focus on the page, not in a cell).
  await page.locator('h1').click();
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.locator('[data-test="plants-table"] tbody tr').nth(0).getByLabel('Potenza (kWp)')).toHaveValue('75,5');
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-test="plants-table"] tbody tr').nth(0).getByLabel('Potenza (kWp)')).toHaveValue('60');
  await expect(page.getByTestId('project-summary')).toContainText('199,8 kWp'); // 60 + 19,8 + 120
});

test('a deleted member comes back from the notice, with the summary counts', async ({ page, app }) => {
  await app.open();
  await openDemo(page);
  const rows = page.locator('[data-test="members-table"] tbody tr');
  await expect(rows).toHaveCount(10);
  await rows.nth(1).getByTestId('remove-member').click();
  await expect(rows).toHaveCount(9);
  await expect(page.getByTestId('notice')).toHaveText('Eliminato «Famiglia Rossi»');
  await expect(page.getByTestId('project-summary')).toContainText('9 membri');
  await page.getByTestId('notice-undo').click();
  await expect(rows).toHaveCount(10);
  await expect(rows.nth(1).getByLabel('Nome')).toHaveValue('Famiglia Rossi');
  await expect(page.getByTestId('project-summary')).toContainText('10 membri');
});

test('tables sort by a header (numbers numerically) and filter by text', async ({ page, app }) => {
  await app.open();
  await openDemo(page);
  const kwh = page.locator('[data-test="members-table"] tbody tr input[aria-label="Consumo annuo (kWh)"]');
  await page.getByTestId('sort-annualKWh').click();
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Consumo annuo');
  // The demo's ten members, by annual kWh: 2200 < 2500 < 2700 < 2900 < 3200 < 6000 < 9000 < 24.000 < 38.000 < 42.000.
  const values = async () => (await kwh.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)));
  await expect.poll(values).toEqual(['2.200', '2.500', '2.700', '2.900', '3.200', '6.000', '9.000', '24.000', '38.000', '42.000']);
  await page.getByTestId('sort-annualKWh').click();
  await expect.poll(values).toEqual(['42.000', '38.000', '24.000', '9.000', '6.000', '3.200', '2.900', '2.700', '2.500', '2.200']);

  await page.getByTestId('filter-members').fill('famiglia');
  await expect(page.locator('[data-test="members-table"] tbody tr')).toHaveCount(5);
  await expect(page.getByTestId('filter-members-count')).toHaveText('5 di 10 righe');
  await page.getByTestId('filter-members').fill('pmi');
  await expect.poll(async () => page.locator('[data-test="members-table"] tbody tr input[aria-label="Nome"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([
    'Officina Gallo (PMI)',
    'Panificio Colombo (PMI)',
  ]);
});

test('a refused cell is outlined with its message and shows the saved value; the banner goes with the next good save', async ({ page, app }) => {
  await app.open();
  await openDemo(page);
  await page.getByTestId('tab-plants').click();
  const row = plantRow(page, 'FV pensilina parrocchia');
  const tilt = row.getByLabel('Inclinazione (°)');
  await expect(tilt).toHaveValue('10');
  await tilt.fill('120');
  await tilt.press('Enter');
  await expect(page.getByTestId('error')).toBeVisible();
  const cell = row.locator('td.failed');
  await expect(cell.getByTestId('cell-error')).toContainText('Inclinazione');
  await expect(row.getByLabel('Inclinazione (°)')).toHaveValue('10');
  await expect(cell).toHaveCSS('outline-style', 'solid');

  await editCell(page, row, 'Inclinazione (°)', '30');
  await expect(page.getByTestId('error')).toHaveCount(0);
  await expect(row.locator('td.failed')).toHaveCount(0);
  await saved(page);
});
