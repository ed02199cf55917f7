import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHost, type RunningHost } from './web-host';

let host: RunningHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test('who gets what: the demo divided by month, a rule edited with a live preview, a refusal naming the rule, saved and compared', async ({ page }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-e2e-share-'));
  host = await startWebHost(path.join(root, 'workspace'), path.join(root, 'config'));
  await page.goto(host.appUrl);
  await page.getByTestId('open-demo').click();
  await page.getByTestId('tab-simulation').click();
  await page.getByTestId('run-simulation').click();
  await expect(page.getByTestId('sim-configuration')).toHaveCount(2, { timeout: 30_000 });

  await page.getByTestId('tab-sharing').click();
  // Default rules: GSE fees, then everything to consumers; one statement per configuration.
  await expect(page.getByTestId('share-config-AC012E00001')).toBeVisible();
  await expect(page.getByTestId('share-config-AC012E00001').getByTestId('share-members').locator('tbody tr')).toHaveCount(6);
  await expect(page.getByTestId('share-config-AC012E00002').getByTestId('share-groups')).toContainText('Corrispettivi GSE');

  // 90% to consumers: refused, the message names the rule; nothing can be saved.
  const percent = page.locator('[data-rule="consumatori"] [data-field="percent"]');
  await percent.fill('90');
  await percent.press('Enter');
  await expect(page.getByTestId('share-problem')).toContainText('«consumatori» 90%');
  await expect(page.getByTestId('share-save')).toBeDisabled();

  // Add a 10% social fund: the preview follows; save, then compare with the saved rules.
  await page.getByTestId('rule-add').click();
  const added = page.locator('[data-rule="regola-1"]');
  await added.getByTestId('rule-kind').selectOption('fund');
  await page.locator('[data-rule="regola-1"] [data-field="percent"]').fill('10');
  await page.locator('[data-rule="regola-1"] [data-field="percent"]').press('Enter');
  await expect(page.getByTestId('share-problem')).toHaveCount(0);
  await expect(page.getByTestId('share-config-AC012E00001').getByTestId('share-groups')).toContainText('Fondo sociale');
  await page.getByTestId('share-compare').click();
  await expect(page.getByTestId('share-comparison')).toContainText('ci perdono');
  await page.getByTestId('share-save').click();
  await expect(page.getByTestId('share-save')).toBeDisabled();
  await page.screenshot({ path: path.join(root, 'sharing.png'), fullPage: true });

  // Reload: the saved rules are there.
  await page.reload();
  await page.getByTestId('tab-sharing').click();
  await expect(page.locator('[data-rule="regola-1"] [data-field="percent"]')).toHaveValue('10');
});
