import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestOutcome } from './extensionTests';

// Generous: on a loaded 2-core machine the workbench and the extension host take their time.
const WAIT = { timeout: 60_000 };

/**
 * Loads the workbench on the fixture handbook with one page open and the cursor at line:column (the
 * workbench's `openFile` + `gotoLineMode` payload): no dependence on Quick Open's file search warming up.
 */
async function openAt(page: Page, serverUrl: string, folder: string, path: string, line: number, column: number, textOnScreen: string): Promise<void> {
  const file = `vscode-remote://${new URL(serverUrl).host}${folder}/${path}:${line}:${column}`;
  const payload = [['openFile', file], ['gotoLineMode', 'true']];
  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, {
    waitUntil: 'domcontentloaded',
    timeout: 120_000,
  });
  await page.locator('.monaco-editor .view-lines', { hasText: textOnScreen }).waitFor(WAIT);
}

/** The whole window, and a crop to the parts that matter (the README's pictures come from the crops). */
export async function shoot(page: Page, shots: string, name: string, parts: string[]): Promise<void> {
  await page.screenshot({ path: join(shots, `${name}.png`) });
  const elements = (await Promise.all(parts.map((p) => page.locator(p).all()))).flat();
  const boxes = (await Promise.all(elements.map((e) => e.boundingBox()))).filter((b) => b !== null);
  if (!boxes.length) return;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const width = Math.max(...boxes.map((b) => b.x + b.width)) - x;
  const height = Math.max(...boxes.map((b) => b.y + b.height)) - y;
  await page.screenshot({ path: join(shots, `${name}-crop.png`), clip: { x, y, width, height } });
}

/** The product page's seeded broken anchor as a squiggle, and as the Problems panel's row naming RD001. */
export async function expectBrokenAnchorInProblems(page: Page, wait = WAIT): Promise<void> {
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor(wait);
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: "'#hiring-proces'" });
  await row.first().waitFor(wait);
  const text = await row.first().innerText();
  if (!/RD001/.test(text)) throw new Error(`the Problems row does not name RD001: ${text}`);
}

/**
 * What a person sees in the browser: the Problems panel, the grade hover, the quick-fix menu and
 * the effective role and the ladder view, each checked on the DOM and kept as a screenshot.
 */
export async function uiPass(page: Page, serverUrl: string, folder: string, shots: string): Promise<TestOutcome[]> {
  const outcomes: TestOutcome[] = [];
  const check = async (title: string, body: () => Promise<void>): Promise<void> => {
    const started = Date.now();
    try {
      await body();
      outcomes.push({ title, state: 'passed', ms: Date.now() - started });
    } catch (error) {
      outcomes.push({ title, state: 'failed', ms: Date.now() - started, error: (error as Error).message.split('\n')[0] });
      await page.screenshot({ path: join(shots, `failed-${outcomes.length}.png`) }).catch(() => undefined);
    }
  };

  const product = 'job-families/product/product-manager/index.html.md';
  await check('ui: the Problems panel lists the broken anchor as RD001', async () => {
    await openAt(page, serverUrl, folder, product, 7, 86, 'Product Managers own the direction');
    await expectBrokenAnchorInProblems(page);
    await shoot(page, shots, 'problems', ['.part.editor', '.markers-panel .monaco-list-row']);
  });

  await check('ui: the quick-fix menu on the broken anchor offers #hiring-process', async () => {
    // Back from the Problems panel to the editor, where the cursor still sits in '#hiring-proces'.
    await page.keyboard.press('Control+1');
    // Ctrl+. asks for the actions at the cursor; the menu lists them once the server has answered.
    const item = page.locator('.action-widget .monaco-list-row', { hasText: 'hiring-process' });
    // Ctrl+. pressed while focus is still moving to the editor is lost, so it is pressed again (bounded).
    const deadline = Date.now() + WAIT.timeout;
    for (;;) {
      await page.keyboard.press('Control+.');
      try {
        await item.first().waitFor({ state: 'visible', timeout: 5_000 });
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await page.keyboard.press('Escape');
      }
    }
    await shoot(page, shots, 'quick-fix', ['.part.editor']);
    await page.keyboard.press('Escape');
  });

  await check('ui: hovering "grade 10" shows the ladder card', async () => {
    await openAt(page, serverUrl, folder, 'job-families/engineering/principal-engineer/index.html.md', 30, 40, 'The Distinguished Engineer is a');
    // The server's code lens over the role heading shows it has read this page; a hover before that is empty.
    await page.locator('.codelens-decoration', { hasText: 'grade 10' }).first().waitFor({ timeout: 90_000 });
    const card = page.locator('.monaco-hover', { hasText: 'Distinguished' });
    const grade = page
      .locator('.view-line', { hasText: 'The Distinguished Engineer is a' })
      .locator('span span', { hasText: /^grade\s10$/ })
      .first();
    // A hover asked for while the server is still indexing comes back empty and is not asked again
    // until the mouse moves, so the mouse leaves and returns until the card shows (bounded).
    const deadline = Date.now() + WAIT.timeout;
    for (;;) {
      await page.mouse.move(0, 0);
      await grade.hover();
      try {
        await card.first().waitFor({ state: 'visible', timeout: 5_000 });
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
    const text = await card.first().innerText();
    if (!/Director/.test(text)) throw new Error(`the grade card does not name the Director level: ${text}`);
    await shoot(page, shots, 'hover', ['.part.editor']);
  });

  await check('ui: Show Effective Role opens the Staff role beside the page with its inherited lines', async () => {
    await openAt(page, serverUrl, folder, 'job-families/engineering/backend-engineer/index.html.md', 52, 5, 'Set the technical direction');
    await page.locator('.codelens-decoration', { hasText: 'grade 8' }).first().waitFor({ timeout: 90_000 });
    await page.keyboard.press('F1');
    await page.keyboard.type('Role Docs: Show Effective Role');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Effective Role' }).first().waitFor(WAIT);
    await page.keyboard.press('Enter');
    // The view's first line; the page itself writes the grade as a link, never "(grade 8)".
    await page.locator('.monaco-editor .view-line', { hasText: '# Staff Backend Engineer (grade 8)' }).first().waitFor(WAIT);
    await page.locator('.monaco-editor .view-line', { hasText: '— own (job-families/engineering/' }).first().waitFor(WAIT);
    const tab = page.locator('.tab', { hasText: 'Staff Backend Engineer (effective).md' });
    await tab.first().waitFor(WAIT);
    await shoot(page, shots, 'effective-role', ['.part.editor']);
  });

  await check('ui: the Role Docs Ladder view lists the levels; a click on a role opens its page at the heading', async () => {
    await openAt(page, serverUrl, folder, 'job-families/engineering/backend-engineer/index.html.md', 1, 1, 'Backend Engineers build');
    // The view is a pane of the explorer, folded at first: the folder tree is folded and the view unfolded, so it has the room.
    const header = (title: string) => page.locator('.pane-header', { hasText: title }).first();
    await header('Role Docs Ladder').waitFor(WAIT);
    if ((await header(basename(folder)).getAttribute('aria-expanded')) === 'true') await header(basename(folder)).click();
    if ((await header('Role Docs Ladder').getAttribute('aria-expanded')) !== 'true') await header('Role Docs Ladder').click();
    // The Problems panel from the first check is closed for the picture.
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Role Docs Ladder' }) });
    const senior = view.locator('.monaco-list-row', { hasText: 'grade 7' });
    await senior.first().waitFor({ timeout: 90_000 });
    const uncovered = await view.locator('.monaco-list-row', { hasText: 'no page' }).count();
    if (uncovered < 3) throw new Error(`the view shows ${uncovered} levels with no page; the fixture leaves six IC levels uncovered`);
    // One click expands a level, a click on its role opens the page with the role's heading selected.
    await senior.first().click();
    const role = view.locator('.monaco-list-row', { hasText: 'Senior Backend Engineer' });
    await role.first().waitFor(WAIT);
    await role.first().click();
    await page.locator('.statusbar-item', { hasText: /Ln 28, Col \d+/ }).first().waitFor(WAIT);
    await shoot(page, shots, 'ladder-view', ['.part.sidebar', '.part.editor']);
  });

  return outcomes;
}
