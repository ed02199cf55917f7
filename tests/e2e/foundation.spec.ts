import type { Page } from '@playwright/test';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from './app-fixture';
import { editCell, newProject, saved } from './ui';

async function createProjectWithMembersAndPlant(page: Page) {
  await newProject(page, 'CER Borgo Solare');

  await page.getByTestId('add-member').click();
  let row = page.locator('[data-test="members-table"] tbody tr').nth(0);
  await editCell(page, row, 'Nome', 'Maria Bianchi');
  await editCell(page, row, 'POD', 'IT001E00000011');
  await editCell(page, row, 'Consumo annuo (kWh)', '3.200'); // typed the Italian way; shown as 3200 (CLDR groups from 5 digits)

  await page.getByTestId('add-member').click();
  row = page.locator('[data-test="members-table"] tbody tr').nth(1);
  await editCell(page, row, 'Nome', 'Forno Rossi');
  await row.getByLabel('Categoria').selectOption({ label: 'PMI' });
  await saved(page);

  await page.getByTestId('tab-plants').click();
  await page.getByTestId('add-plant').click();
  const plant = page.locator('[data-test="plants-table"] tbody tr').nth(0);
  await editCell(page, plant, 'Nome', 'FV tetto forno');
  await editCell(page, plant, 'Potenza (kWp)', '19,8');
  await plant.getByLabel('Proprietario').selectOption({ label: 'Forno Rossi' });
  await saved(page);
}

async function expectEdits(page: Page) {
  await page.getByTestId('tab-members').click();
  const names = page.locator('[data-test="members-table"] tbody tr input[aria-label="Nome"]');
  await expect(names).toHaveCount(2);
  await expect(names.nth(0)).toHaveValue('Maria Bianchi');
  await expect(names.nth(1)).toHaveValue('Forno Rossi');
  const first = page.locator('[data-test="members-table"] tbody tr').nth(0);
  await expect(first.getByLabel('POD')).toHaveValue('IT001E00000011');
  await expect(first.getByLabel('Consumo annuo (kWh)')).toHaveValue('3.200');
  await page.getByTestId('tab-plants').click();
  const plant = page.locator('[data-test="plants-table"] tbody tr').nth(0);
  await expect(plant.getByLabel('Nome')).toHaveValue('FV tetto forno');
  await expect(plant.getByLabel('Potenza (kWp)')).toHaveValue('19,8');
  await expect(plant.getByLabel('Proprietario')).toHaveValue(/\d+/);
}

test('create a project, add two members and a plant, reload and see them', async ({ page, app }) => {
  await app.open();
  await createProjectWithMembersAndPlant(page);
  await page.reload();
  await expectEdits(page);
  await expect(page.getByTestId('project-summary')).toContainText('2 membri · 1 impianto · 19,8 kWp');
});

test('a killed host loses no committed edit', async ({ page, app }) => {
  const host = await app.open();
  await createProjectWithMembersAndPlant(page);
  const exited = new Promise((r) => host.process.once('exit', r));
  host.process.kill('SIGKILL');
  await exited;

  // The file on disk already holds every edit, before any restart.
  const file = path.join(app.workspace, 'CER-Borgo-Solare.condivisa');
  const db = new Database(file, { readonly: true });
  expect((db.prepare('SELECT name FROM members ORDER BY id').all() as { name: string }[]).map((r) => r.name)).toEqual([
    'Maria Bianchi',
    'Forno Rossi',
  ]);
  db.close();

  await app.open();
  await page.getByTestId('recent').getByRole('button', { name: 'CER Borgo Solare' }).click();
  await expectEdits(page);
});

test('bad input shows an error and leaves the project unchanged', async ({ page, app }) => {
  await app.open();
  await newProject(page, 'CER Errori');
  await page.getByTestId('add-member').click();
  const row = page.locator('[data-test="members-table"] tbody tr').nth(0);
  const pod = row.getByLabel('POD');
  await pod.fill('IT001X99');
  await pod.press('Enter');
  await expect(page.getByTestId('error')).toContainText('POD non valido');
  // The banner renders the error's code: switching the UI to English turns it English.
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('error')).toContainText('invalid POD');
  await expect(page.getByTestId('error')).not.toContainText('non valido');
  await page.getByTestId('lang-switch').click();
  await page.reload();
  await expect(page.locator('[data-test="members-table"] tbody tr').nth(0).getByLabel('POD')).toHaveValue('');
});

test('the demo project opens with one click and is marked illustrative; English is available', async ({ page, app }) => {
  await app.open();
  await page.getByTestId('open-demo').click();
  await expect(page.getByTestId('demo-banner')).toContainText('dati sono illustrativi');
  await page.getByTestId('tab-configurations').click();
  await expect(page.locator('[data-test="configurations-table"] tbody tr')).toHaveCount(2);
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('tab-members')).toHaveText('Members');
  await expect(page.getByTestId('demo-banner')).toContainText('illustrative');
});
