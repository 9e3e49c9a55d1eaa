// The HTML report in a real browser: findings marked, explanations reachable from the text,
// category filters without any script, the draft's <script> inert, nothing loaded from elsewhere.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../helpers/docx.js';
import { artifactPath, backgroundOf, hasChromium, launchChromium, watch, type PageLog } from './chromium.js';

const root = join(import.meta.dirname, '../..');
const RISKY = '# 关于近期网络传言的声明\n\n<script>alert(1)</script>\n\n网上那些说法纯属断章取义、歪曲抹黑。我以个人名誉担保，这台车绝对安全，开启自动驾驶就能放心。\n';

let context: BrowserContext;
let page: Page;
let reportUrl: string;
let log: PageLog;

describe.skipIf(!hasChromium)('the HTML report in Chromium', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-report-'));
    writeFileSync(join(dir, 'statement.md'), RISKY);
    copyFileSync(join(root, 'examples/launch-keynote.md'), join(dir, 'launch-keynote.md'));
    writeFileSync(join(dir, 'weibo.docx'), makeDocx(['新品发布', '', '这台车绝对安全，开启自动驾驶。']));
    const run = spawnSync(process.execPath, [join(root, 'bin/commslint.js'), '--format', 'html', '-o', 'report.html', '.'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    reportUrl = pathToFileURL(join(dir, 'report.html')).href;
    context = await launchChromium();
    page = await context.newPage();
    log = watch(page);
    await page.goto(reportUrl);
  }, 60_000);

  afterAll(async () => {
    await context.close();
  });

  it('marks every draft’s findings, shows the draft’s <script> as text, and loads nothing else', async () => {
    expect(await page.locator('#d1 mark').allTextContents()).toEqual(['断章取义', '歪曲抹黑', '以个人名誉担保', '绝对安全', '自动驾驶']);
    expect(await page.locator('#d1 .draft').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('#d0 h2').textContent()).toBe('launch-keynote.md');
    expect(await page.locator('#d2 .pos').allTextContents()).toEqual(['3:4', '3:11']); // weibo.docx, paragraph 3
    // The stylesheet applied (its hash matches the CSP): marks are coloured.
    expect(await backgroundOf(page.locator('#d1 mark').first())).not.toBe('rgba(0, 0, 0, 0)');
    expect(log.requests).toEqual([reportUrl]);
    // A CSP violation (the inline style's hash not matching, say) would be a console error.
    expect(log.errors).toEqual([]);
    expect(log.dialogs).toEqual([]);
  });

  it('takes the reader from a marked phrase to its explanation', async () => {
    await page.locator('#d1 mark', { hasText: '绝对安全' }).click();
    expect(new URL(page.url()).hash).toBe('#d1-f3');
    const target = page.locator(':target');
    expect(await target.locator('summary').textContent()).toContain('“绝对安全”是绝对化的安全承诺');
    expect(await target.locator('.rationale').isVisible()).toBe(true);
    expect(await target.locator('.cite').textContent()).toContain('seeds/000_313dcbf2a2e2c52c.txt');
    await page.goto(reportUrl);
    await page.screenshot({ path: artifactPath('html-report.png'), fullPage: false });
  });

  it('filters a category out with its checkbox, without any script', async () => {
    const visible = (): Promise<number> => page.locator('li.finding-item:visible').count();
    const all = await visible();
    await page.locator('input.filter[data-category="absolute-claim"]').uncheck();
    expect(await visible()).toBe(all - 4);
    expect(await backgroundOf(page.locator('#d1 mark', { hasText: '绝对安全' }))).toBe('rgba(0, 0, 0, 0)');
  });
});
