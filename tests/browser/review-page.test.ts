// The review page in a real browser: paste a risky Chinese draft, see it marked, open an
// explanation, apply a fix, download the text, open a .docx; no dialog, no request off the machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../helpers/docx.js';
import { artifactPath, backgroundOf, hasChromium, launchChromium, watch, type PageLog } from './chromium.js';

const PARAGRAPHS = [
  '# 关于近期网络传言的声明',
  '<script>alert(1)</script>',
  '网上那些说法纯属断章取义、歪曲抹黑。我以个人名誉担保，这台车绝对安全，开启自动驾驶就能放心。',
  '请各位米粉把真相转出去，一起回击黑公关！',
];
const RISKY = `${PARAGRAPHS.join('\n\n')}\n`;

let server: ChildProcess;
let origin: string;
let context: BrowserContext;
let page: Page;
let log: PageLog;
const lintRequests: string[] = [];

async function startServe(cwd: string): Promise<string> {
  server = spawn(process.execPath, [join(import.meta.dirname, '../../bin/commslint.js'), 'serve', '--port', '0'], { cwd });
  return new Promise((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
      if (match) resolve(match[0]);
    });
    server.on('exit', (code) => { reject(new Error(`commslint serve exited with ${code}`)); });
  });
}

/** The findings the page shows: rule id and the marked words, in order. */
async function shownFindings(): Promise<string[]> {
  const rules = await page.locator('#findings li.finding-item code').allTextContents();
  const words = await page.locator('#draft mark').allTextContents();
  return [...rules, '|', ...words];
}

async function setDraft(text: string): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/lint'));
  await page.locator('#editor').fill(text);
  await answered;
  await expect.poll(() => page.locator('#status').textContent()).not.toBe('检查中…');
}

describe.skipIf(!hasChromium)('the review page in Chromium', () => {
  beforeAll(async () => {
    origin = await startServe(mkdtempSync(join(tmpdir(), 'commslint-page-')));
    context = await launchChromium();
    page = await context.newPage();
    log = watch(page);
    page.on('request', (request) => { if (request.url().endsWith('/api/lint')) lintRequests.push(request.url()); });
    await page.goto(`${origin}/`);
  }, 60_000);

  afterAll(async () => {
    await context.close();
    server.kill();
  });

  it('marks the risky phrases of a pasted Chinese draft in place, and shows its <script> as text, with no dialog', async () => {
    await setDraft(RISKY);
    const marks = await page.locator('#draft mark').allTextContents();
    expect(marks).toEqual(['断章取义', '歪曲抹黑', '以个人名誉担保', '绝对安全', '自动驾驶', '把真相转出去', '黑公关']);
    expect(await page.locator('#draft .draft').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('#draft script, #findings script').count()).toBe(0);
    // Coloured by category: absolute claims and combative labels look different.
    const background = (text: string): Promise<string> => backgroundOf(page.locator('#draft mark', { hasText: text }));
    expect(await background('绝对安全')).not.toBe(await background('断章取义'));
    expect(await page.locator('#status').textContent()).toBe('发现 7 个问题');
    await page.waitForTimeout(300);
    expect(log.dialogs).toEqual([]);
    expect(log.errors).toEqual([]); // no CSP violation, no failed request, no script error
  });

  it('summarises by category and severity, and filters a category out', async () => {
    const rows = await page.locator('#summary tbody tr').allTextContents();
    expect(rows).toContain('  绝对化承诺 absolute-claim11');
    await page.locator('#summary input[data-category="combative"]').uncheck();
    expect(await page.locator('#findings li.finding-item:visible').count()).toBe(4);
    await page.locator('#summary input[data-category="combative"]').check();
    expect(await page.locator('#findings li.finding-item:visible').count()).toBe(7);
  });

  it('opens a finding’s explanation from the keyboard too', async () => {
    await page.locator('#draft a.finding-link', { hasText: '绝对安全' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#findings li.selected summary').textContent()).toContain('“绝对安全”是绝对化的安全承诺');
  });

  it('opens a finding’s explanation on click: message, rationale and the cited passage', async () => {
    await page.locator('#draft mark', { hasText: '自动驾驶' }).click();
    const item = page.locator('#findings li.selected');
    await expect.poll(() => item.locator('details').getAttribute('open')).toBe('');
    const text = await item.textContent();
    expect(text).toContain('“自动驾驶”把驾驶辅助说成自动驾驶');
    expect(text).toContain('理由');
    expect(text).toContain('seeds/000_313dcbf2a2e2c52c.txt');
    expect(await item.locator('.explanation').isVisible()).toBe(true);
    await page.screenshot({ path: artifactPath('review-page.png') });
  });

  it('applies a fix with one click: the text changes and the finding goes', async () => {
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/lint')), page.locator('#findings li.selected button.apply-fix').click()]);
    const text = await page.locator('#editor').inputValue();
    expect(text).toContain('开启组合驾驶辅助就能放心');
    expect(text).not.toContain('自动驾驶');
    await expect.poll(() => page.locator('#draft mark').allTextContents()).not.toContain('自动驾驶');
  });

  it('downloads or copies the fixed text', async () => {
    const text = await page.locator('#editor').inputValue();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    expect(download.suggestedFilename()).toBe('draft.checked.md');
    expect(readFileSync(await download.path(), 'utf8')).toBe(text);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.locator('#copy').click();
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(text);
  });

  it('lints as the person types, once per pause', async () => {
    await setDraft('');
    lintRequests.length = 0;
    await page.locator('#editor').pressSequentially('This car is 100% safe.', { delay: 15 });
    await expect.poll(() => page.locator('#draft mark').allTextContents()).toEqual(['100% safe']);
    expect(lintRequests.length).toBeLessThanOrEqual(2);
  });

  it('opens a .docx with the same findings as its text pasted, and names a file that is not a Word document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-upload-'));
    writeFileSync(join(dir, '声明.docx'), makeDocx(PARAGRAPHS));
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/lint')), page.locator('#file').setInputFiles(join(dir, '声明.docx'))]);
    await expect.poll(() => page.locator('#draft mark').count()).toBeGreaterThan(0);
    const fromWord = await shownFindings();
    await setDraft(PARAGRAPHS.join('\n\n'));
    expect(await shownFindings()).toEqual(fromWord);
    expect(fromWord).toContain('absolute-claim/absolute-safety');

    writeFileSync(join(dir, 'notes.docx'), 'not a Word file');
    await page.locator('#file').setInputFiles(join(dir, 'notes.docx'));
    await expect.poll(() => page.locator('#error').textContent()).toBe('notes.docx: Not a valid Word document (.docx): it is not a zip package. Save it from Word as .docx.');
  });

  it('takes a dropped file, and says which files it cannot open', async () => {
    const drop = async (name: string, text: string): Promise<void> => {
      const dataTransfer = await page.evaluateHandle(`(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}));
        return transfer;
      })()`);
      await page.dispatchEvent('#drop', 'drop', { dataTransfer });
    };
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/lint')), drop('weibo.txt', '\uFEFF我们的车百分百安全。')]);
    expect(await page.locator('#editor').inputValue()).toBe('我们的车百分百安全。');
    await expect.poll(() => page.locator('#draft mark').allTextContents()).toEqual(['百分百安全']);
    expect(await page.locator('#draft mark').getAttribute('title')).toMatch(/^“百分百安全”是绝对化的安全承诺/); // shown on hover
    await drop('slides.pdf', '%PDF-1.7');
    await expect.poll(() => page.locator('#error').textContent()).toBe('slides.pdf：请打开 .md、.txt 或 .docx 文件。');
  });

  it('enforces its Content-Security-Policy: markup from a string cannot reach the page, no request left the machine', async () => {
    const attempt = await page.evaluate(`(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="alert(2)">');
        return 'inserted';
      } catch (error) {
        return error.name;
      }
    })()`);
    expect(attempt).toBe('TypeError');
    await page.waitForTimeout(200);
    expect(log.dialogs).toEqual([]);
    expect(log.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:'))).toEqual([]);
  });
});
