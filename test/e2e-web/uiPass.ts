import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestOutcome } from '../e2e/harness/extensionTests';
import { expectBrokenAnchorInProblems, shoot } from '../e2e/harness/uiPass';
import { FOLDER_URI } from './workbenchPage';

// Generous: on a loaded 2-core machine the workbench and the web worker host take their time.
const WAIT = { timeout: 90_000 };

/** The product page and its one seeded defect, '#hiring-proces' on line 7 (see test/e2e/suite/helpers.ts). */
const PRODUCT = { path: 'job-families/product/product-manager/index.html.md', line: 7, column: 86, text: 'Product Managers own the direction' };

/**
 * What a person sees in VS Code for the Web: the page with the squiggle and the Problems panel naming
 * RD001, kept as a screenshot (the whole window, and a crop of the editor and the panel for the README).
 */
export async function webUiPass(page: Page, origin: string, shots: string): Promise<TestOutcome> {
  const title = 'web ui: the Problems panel lists the broken anchor as RD001';
  const started = Date.now();
  try {
    const payload = [['openFile', `${FOLDER_URI}${PRODUCT.path}:${PRODUCT.line}:${PRODUCT.column}`], ['gotoLineMode', 'true']];
    await page.goto(`${origin}/?payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.locator('.monaco-editor .view-lines', { hasText: PRODUCT.text }).waitFor(WAIT);
    await expectBrokenAnchorInProblems(page, WAIT);
    await shoot(page, shots, 'web-problems', ['.part.editor', '.part.panel']);
    return { title, state: 'passed', ms: Date.now() - started };
  } catch (error) {
    await page.screenshot({ path: join(shots, 'web-failed.png') }).catch(() => undefined);
    return { title, state: 'failed', ms: Date.now() - started, error: (error as Error).message.split('\n')[0] };
  }
}
