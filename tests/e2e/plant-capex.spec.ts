/**
 * A plant's investment cost typed in the plants table reaches the funding-call screen: with no
 * cost the 20 kWp plant's cost is the PNRR cap (20 × 1,500 €/kW = 30.000 €, grant 40 % = 12.000 €,
 * "costo = massimale"); with 25.000 € typed, eligible 25.000 € and grant 10.000 € [RO p.52; App. E p.158].
 */
import { test, expect } from './app-fixture';
import { editCell, newProject } from './ui';

test('a cost typed in the plants table changes the call screen; a negative one is refused naming the field', async ({ app, page }) => {
  await app.open();
  await newProject(page, 'CER Costi');
  await page.getByTestId('tab-plants').click();
  await page.getByTestId('add-plant').click();
  const row = page.locator('[data-test="plants-table"] tbody tr').first();
  await expect(row.getByLabel('Potenza (kWp)', { exact: true })).toHaveValue('20');
  await expect(row.getByLabel('Costo investimento (€)', { exact: true })).toHaveAttribute('placeholder', 'massimale');

  await page.getByTestId('tab-deliverables').click();
  await page.getByTestId('call-select').selectOption('pnrr-cer');
  const call = page.locator('[data-test="call-plants"] tbody tr').first();
  await expect(call).toContainText('costo = massimale');
  await expect(call).toContainText('30.000 €');
  await expect(call).toContainText('12.000 €');

  await page.getByTestId('tab-plants').click();
  const input = row.getByLabel('Costo investimento (€)', { exact: true });
  await input.fill('-5');
  await input.press('Enter');
  await expect(row.getByTestId('cell-error')).toContainText('Costo investimento (€)');
  await editCell(page, row, 'Costo investimento (€)', '25.000');
  await expect(row.getByLabel('Costo investimento (€)', { exact: true })).toHaveValue('25.000');
  await page.screenshot({ path: test.info().outputPath('impianti-costo.png') });

  await page.getByTestId('tab-deliverables').click();
  await page.getByTestId('call-select').selectOption('pnrr-cer');
  await expect(call).toContainText('costo 25.000 €');
  await expect(call).toContainText('10.000 €');
  await expect(call).not.toContainText('costo = massimale');
});
