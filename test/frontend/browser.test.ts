import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * The offline explorer in a real browser: Debian's chromium, headless, with every request to a non-loopback address
 * blocked. Without chromium the test is skipped (outside CI) or fails (with CI set: .ci/run installs it).
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const SKIP_REASON = `skipped: ${CHROMIUM} not found (apt-get install -y chromium)`;
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const CONNECTOR = SEED.securityhub.connectors.jiraCloud;

it.runIf(!available && process.env.CI !== undefined)('has chromium in CI (.ci/run installs it)', () => {
  expect.fail(`${CHROMIUM} is missing`);
});

describe.skipIf(!available)(`GraphiQL in headless Chromium, offline${available ? '' : ` (${SKIP_REASON})`}`, () => {
  let gw: TestGateway;
  let browser: Browser;
  beforeAll(async () => {
    [gw, browser] = await Promise.all([
      startTestGateway({ landingPage: 'graphiql' }),
      chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        timeout: 20_000,
      }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  it('renders, runs a query typed into the editor and shows its result, with nothing loaded from outside', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      if (['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) return route.continue();
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(gw.url, { waitUntil: 'load', timeout: 20_000 });
      await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 20_000 });
      // The README's examples are the tabs.
      await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);

      // Type a query into the editor of a new tab (insertText: as typed text, without the bracket auto-closing).
      const tabs = await page.locator('.graphiql-tab').count();
      await page.locator('[aria-label="Add tab"]').click();
      await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 10_000 }).toBe(tabs + 1);
      await page.locator('.graphiql-query-editor .CodeMirror').first().click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(`query Typed { connectorV2(connectorId: "${CONNECTOR}") { connectorId name } }`);
      await page.locator('.graphiql-execute-button').click();

      const expected = gw.emulator.store.securityhub.listConnectorsV2('us-east-1').find((connector) => connector.ConnectorId === CONNECTOR);
      expect(expected?.Name).toEqual(expect.any(String));
      const response = page.locator('.graphiql-response .CodeMirror-code');
      await expect.poll(async () => (await response.textContent()) ?? '', { timeout: 15_000 }).toContain(String(expected?.Name));
      expect(await response.textContent()).toContain(CONNECTOR);

      // The schema's docs come from the gateway too.
      await page.locator('[aria-label="Show Documentation Explorer"]').click();
      await expect.poll(async () => (await page.locator('.graphiql-doc-explorer').textContent()) ?? '', { timeout: 10_000 }).toMatch(/Query/);

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'graphiql-offline.png'), fullPage: true });
      expect(blocked).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
