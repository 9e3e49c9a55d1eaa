// Debian's chromium driven by playwright-core for the browser tests: never a downloaded browser.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Screenshots the tests keep (COMMSLINT_ARTIFACTS, or test-artifacts/ in the repository). */
export const artifactsDir = process.env.COMMSLINT_ARTIFACTS ?? join(import.meta.dirname, '../../test-artifacts');

export function artifactPath(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return join(artifactsDir, name);
}

// Runs in the page, not here: declared for this module only, since the tests have no DOM types.
declare function getComputedStyle(element: unknown): { backgroundColor: string };

/** The computed background colour of an element. */
export function backgroundOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) => getComputedStyle(element).backgroundColor);
}

/** What a page did that a test may need to see: dialogs (dismissed), requests, errors (CSP included). */
export interface PageLog {
  dialogs: string[];
  requests: string[];
  errors: string[];
}

export function watch(page: Page): PageLog {
  const log: PageLog = { dialogs: [], requests: [], errors: [] };
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => { log.requests.push(request.url()); });
  page.on('console', (message) => { if (message.type() === 'error') log.errors.push(message.text()); });
  page.on('pageerror', (error) => { log.errors.push(error.message); });
  return log;
}

/** A fresh profile each time; background networking off, since this machine's network is closed. */
export function launchChromium(options: { locale?: string } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'commslint-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    locale: options.locale ?? 'zh-CN',
    acceptDownloads: true,
  });
}
