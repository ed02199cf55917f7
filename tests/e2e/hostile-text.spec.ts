/**
 * HTML in every user string is shown as text, never parsed: names of the community, a
 * configuration, members, plants, a substation area and a local rule carry markup; every
 * view that shows them (tables, map tooltips, findings, the area card, results) must hold
 * no element built from that markup, and show the characters as typed.
 */
import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHost, type RunningHost } from './web-host';

const REPO = path.resolve(import.meta.dirname, '..', '..');
/** Markup that would build an element (and, without the CSP, run script) if parsed. */
const MARK = (what: string) => `<img src=x data-xss="${what}" onerror="window.__xss=1">${what}</b><script>window.__xss=2</script>`;

let root: string;
let host: RunningHost | undefined;

test.beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-xss-'));
});
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

/** `condivisa api` against the workspace, as a script would: the result as JSON. */
function api(file: string, op: string, args: object): unknown {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin', 'condivisa.mjs'), 'api', file, op, JSON.stringify(args)], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONDIVISA_CONFIG_DIR: path.join(root, 'config') },
  });
  if (r.status !== 0) throw new Error(`${op}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** A project whose every name is markup, with an area, located points and a local rule. */
function hostileProject(): string {
  const workspace = path.join(root, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const file = path.join(workspace, 'ostile.condivisa');
  api('-', 'createProject', { path: file, name: MARK('community'), type: 'CER', municipality: 'Milano', region: 'Lombardia' });
  const config = api(file, 'addConfiguration', { configuration: { name: MARK('configuration'), substationCode: 'AC001E00934' } }) as { id: number };
  const ring = [[9.1, 45.4], [9.3, 45.4], [9.3, 45.55], [9.1, 45.55], [9.1, 45.4]];
  api(file, 'setCustomPerimeter', { code: 'AC001E00934', name: MARK('area'), polygon: ring });
  const owner = api(file, 'addMember', {
    member: { name: MARK('member'), category: 'large_enterprise', taxCode: MARK('tax').slice(0, 32), pods: ['IT001E00000011'], lat: 45.47, lon: 9.19, configurationId: config.id },
  }) as { id: number };
  api(file, 'addMember', { member: { name: MARK('second'), pods: ['IT001E00000012'], lat: 45.48, lon: 9.2, configurationId: config.id } });
  api(file, 'addPlant', { plant: { name: MARK('plant'), kWp: 5, ownerMemberId: owner.id, configurationId: config.id, lat: 45.46, lon: 9.18, thirdPartyProducer: MARK('producer') } });
  api(file, 'setLocalRules', {
    rules: [{ id: 'power', kind: 'plantPowerRange', title: { it: MARK('rule'), en: MARK('rule') }, source: MARK('source'), severity: 'blocking', params: { minKw: 10, maxKw: 1000 } }],
  });
  return file;
}

async function expectNoMarkup(page: Page, where: string) {
  await expect(page.locator('[data-xss]'), `${where}: an element was built from a user string`).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `${where}: script ran`).toBeUndefined();
}

test('markup in names is shown as text in tables, findings, map tooltips and results', async ({ page }) => {
  const file = hostileProject();
  host = await startWebHost(path.join(root, 'workspace'), path.join(root, 'config'));
  page.on('dialog', () => {
    throw new Error('a dialog opened: script from a user string ran');
  });
  await page.goto(host.appUrl);
  await page.getByTestId('open-path').fill(file);
  await page.getByTestId('open').click();
  await expect(page.getByTestId('project-name')).toContainText('<img src=x data-xss="community"');
  await expectNoMarkup(page, 'header');

  // Tables: the names are the inputs' values, character for character.
  const memberName = page.locator('[data-test="members-table"] tbody tr').nth(0).getByLabel('Nome', { exact: true });
  await expect(memberName).toHaveValue(MARK('member'));
  await page.getByTestId('tab-plants').click();
  await expect(page.locator('[data-test="plants-table"] tbody tr').nth(0).getByLabel('Nome', { exact: true })).toHaveValue(MARK('plant'));
  await page.getByTestId('tab-configurations').click();
  await expect(page.locator('[data-test="configurations-table"] tbody tr').nth(0).getByLabel('Nome', { exact: true })).toHaveValue(MARK('configuration'));
  await expectNoMarkup(page, 'tables');

  // Findings name the large enterprise and the local rule's title.
  await expect(page.getByTestId('findings-panel')).toContainText('<img src=x data-xss="rule"');
  await expectNoMarkup(page, 'findings');

  // Map: the area card and the points' tooltips.
  await page.getByTestId('tab-map').click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  const markers = page.locator('.leaflet-marker-icon.leaflet-interactive');
  expect(await markers.count()).toBeGreaterThan(0);
  await markers.first().hover({ force: true });
  await expect(page.locator('.leaflet-tooltip-pane')).toContainText('data-xss=');
  await expectNoMarkup(page, 'map tooltip');
  // The area card, after a click inside the area away from the points.
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.2);
  await expect(page.locator('body')).toContainText('data-xss="area"');
  await expectNoMarkup(page, 'area card');

  // Results: a simulation names configurations, plants and members.
  await page.getByTestId('tab-simulation').click();
  await page.getByTestId('run-simulation').click();
  await expect(page.getByTestId('sim-configuration')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('sim-configuration')).toContainText('data-xss="configuration"');
  await expect(page.getByTestId('sim-plants')).toContainText('data-xss="plant"');
  await expectNoMarkup(page, 'results');

  // Who gets what: the division names configurations and members; the comparison too.
  await page.getByTestId('tab-sharing').click();
  await expect(page.getByTestId('share-config-AC001E00934')).toContainText('data-xss="configuration"');
  await expect(page.getByTestId('share-members')).toContainText('data-xss="member"');
  await page.getByTestId('share-compare').click();
  await expect(page.getByTestId('share-comparison')).toBeVisible();
  await expectNoMarkup(page, 'sharing');
});
