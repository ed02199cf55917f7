/**
 * The shell's actions in the web host, where there is no menu: Save as copies the open
 * project to a new file in the workspace and opens the copy; the original keeps its data.
 */
import { test, expect } from './app-fixture';
import { editCell, newProject } from './ui';

test('Save as: the copy opens under its new file, and edits to it leave the original alone', async ({ page, app }) => {
  await app.open();
  await newProject(page, 'CER Originale');
  await page.getByTestId('add-member').click();
  await editCell(page, page.locator('[data-test="members-table"] tbody tr').nth(0), 'Nome', 'Maria Bianchi');

  await page.getByTestId('save-as').click();
  await expect(page.getByTestId('save-as-name')).toHaveValue('CER-Originale-copia');
  await page.getByTestId('save-as-name').fill('variante-b');
  await page.getByTestId('save-as-confirm').click();
  await expect(page.getByTestId('project-summary')).toContainText('variante-b.condivisa');
  await expect(page.getByTestId('project-summary')).toContainText('1 membro ·');

  // Over an existing file (the original) is refused, naming it; nothing is replaced.
  await page.getByTestId('save-as').click();
  await page.getByTestId('save-as-name').fill('CER-Originale');
  await page.getByTestId('save-as-confirm').click();
  await expect(page.getByTestId('error')).toContainText('CER-Originale.condivisa esiste già');
  await page.getByTestId('save-as-form').getByRole('button', { name: 'Annulla' }).click();

  // A second member in the copy only.
  await page.getByTestId('add-member').click();
  await editCell(page, page.locator('[data-test="members-table"] tbody tr').nth(1), 'Nome', 'Forno Rossi');
  await page.reload();
  await expect(page.getByTestId('project-summary')).toContainText('2 membri');
  await page.getByRole('link', { name: '← Progetti' }).click();
  await page.getByTestId('workspace').getByRole('button', { name: 'CER-Originale.condivisa' }).click();
  await expect(page.getByTestId('project-summary')).toContainText('1 membro ·');
});
