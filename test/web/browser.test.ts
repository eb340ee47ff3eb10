import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Services } from '../../src/services.js';
import { openDefaultEngine } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';
import { CHROMIUM_PATH, chromiumAvailable, inCI, launchChromium, type Browser } from './support/chromium.js';
import { startWebHarness, type WebHarness } from './support/web-harness.js';

// Callbacks of page.evaluate run in the page; the project compiles without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

const runBrowserTests = chromiumAvailable || inCI;
const title = runBrowserTests
  ? 'the web chat in a real browser (headless Chromium)'
  : `the web chat in a real browser — SKIPPED: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium; required when CI=true)`;
if (!runBrowserTests) process.stderr.write(`warning: ${title}\n`);

/** Spaces collapsed and ellipses removed, for comparing a highlighted part with its quote. */
const squash = (s: string) => s.replace(/…/g, ' ').replace(/\s+/g, ' ').trim();

(runBrowserTests ? describe : describe.skip)(title, () => {
  let project: TempProject;
  let services: Services;
  let h: WebHarness;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    ({ project, services } = await openDefaultEngine((p) =>
      fs.writeFileSync(
        path.join(p.docs, 'leitstelle.txt'),
        'Leitstelle Wummelstadt\n\nDie Leitstelle <img src=x onerror=alert(2)> in Wummelstadt öffnet im Jahr 2029 für alle Kommunen.\n',
      ),
    ));
    h = await startWebHarness(services.engine, { RATE_LIMIT_PER_MINUTE: '600', TOPICS_FILE: project.config.TOPICS_FILE });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
    await services?.close();
    project?.cleanup();
  });

  async function freshPage(options: { viewport?: { width: number; height: number } } = {}): Promise<Page> {
    await page?.close();
    page = await browser.context.newPage();
    if (options.viewport) await page.setViewportSize(options.viewport);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${h.web.url}/`);
    return page;
  }

  async function ask(p: Page, question: string): Promise<void> {
    const before = await p.locator('.answer:not([aria-busy])').count();
    await p.fill('#question', question);
    await p.press('#question', 'Enter');
    await p.locator('.answer:not([aria-busy])').nth(before).waitFor();
  }

  afterEach(() => {
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('answers a question with [1] in the text and the source under it', async () => {
    const p = await freshPage();
    await ask(p, 'Bis wann soll DOMEA in allen Ministerien eingeführt sein?');
    const answer = p.locator('.answer').last();
    await expect(answer.locator('.answer-text').textContent()).resolves.toContain('bis Ende 2013 in allen Ministerien');
    await expect(answer.locator('.marker').first().textContent()).resolves.toBe('[1]');
    // The fact asked for is in bold (the engine's emphasis ranges).
    await expect(answer.locator('.answer-text strong').first().textContent()).resolves.toContain('2013');
    const source = answer.locator('.source').first();
    await expect(source.locator('.source-title').textContent()).resolves.toMatch(/^\[1\] /);
    await expect(source.locator('.meta').textContent()).resolves.toMatch(/Welche konkreten Projekte laufen aktuell.*·/);
    await expect(source.locator('.quote').textContent()).resolves.toContain('DOMEA');
  });

  it('opens the whole passage from the marker with the quoted part highlighted', async () => {
    const marker = page.locator('.answer').last().locator('.marker').first();
    const quote = await page.locator('.answer').last().locator('.quote').first().textContent();
    await marker.click();
    const dialog = page.locator('#passage-dialog[open]');
    await dialog.waitFor();
    const passage = (await dialog.locator('#passage-text').textContent())!;
    const marks = await dialog.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(squash(marks.join(' ')).length).toBeGreaterThan(50);
    for (const m of marks) {
      expect(squash(quote!)).toContain(squash(m));
      expect(passage).toContain(m);
    }
    expect(passage.length).toBeGreaterThan(squash(quote!).length);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('marker');
  });

  it('asks a follow-up in the same conversation', async () => {
    const p = await freshPage();
    const bodies: { conversationId?: string }[] = [];
    p.on('request', (r) => r.url().endsWith('/api/ask') && bodies.push(JSON.parse(r.postData() ?? '{}')));
    const conversations: string[] = [];
    p.on('response', async (r) => {
      if (r.url().endsWith('/api/ask')) conversations.push((await r.json()).conversationId);
    });
    await ask(p, 'Was ist DOMEA?');
    await ask(p, 'Und bis wann?');
    expect(bodies[0]!.conversationId).toBeUndefined();
    expect(bodies[1]!.conversationId).toBe(conversations[0]);
    await expect(p.locator('.answer').last().locator('.answer-text').textContent()).resolves.toContain('2013');
    // "Neues Gespräch" forgets the conversation.
    await p.click('#new-chat');
    expect(await p.locator('#log > li').count()).toBe(0);
    await ask(p, 'Was ist DOMEA?');
    expect(bodies[2]!.conversationId).toBeUndefined();
  });

  it('declines a question the documents do not answer, citing nothing', async () => {
    const p = await freshPage();
    await ask(p, 'Wie wird das Wetter morgen in Schwerin?');
    const answer = p.locator('.answer').last();
    await expect(answer.getAttribute('class')).resolves.toContain('abstained');
    await expect(answer.locator('.answer-text').textContent()).resolves.toMatch(/steht in den vorliegenden Dokumenten nichts/);
    expect(await answer.locator('.sources').count()).toBe(0);
    expect(await answer.locator('.suggestions button').count()).toBeGreaterThan(0);
  });

  it('shows a question containing HTML as text, never as markup', async () => {
    const p = await freshPage();
    const question = 'Was ist <img src=x onerror=alert(1)> DOMEA?';
    await ask(p, question);
    await expect(p.locator('.question').last().textContent()).resolves.toBe(question);
    expect(await p.locator('#log img').count()).toBe(0);
    await expect(p.evaluate(() => document.querySelectorAll('img').length)).resolves.toBe(0);
    // afterEach checks that no alert() dialog opened and no script error happened.
  });

  it('shows document text containing HTML as text, in the answer, the sources and the passage', async () => {
    const p = await freshPage();
    await ask(p, 'Wann öffnet die Leitstelle in Wummelstadt?');
    const answer = p.locator('.answer').last();
    await expect(answer.locator('.answer-text').textContent()).resolves.toContain('<img src=x onerror=alert(2)>');
    await expect(answer.locator('.quote').first().textContent()).resolves.toContain('<img src=x onerror=alert(2)>');
    await answer.locator('.source-title').first().click();
    await p.locator('#passage-dialog[open]').waitFor();
    await expect(p.locator('#passage-text').textContent()).resolves.toContain('<img src=x onerror=alert(2)>');
    await expect(p.evaluate(() => document.querySelectorAll('img').length)).resolves.toBe(0);
    await p.keyboard.press('Escape');
  });

  it('can be used with the keyboard only', async () => {
    const p = await freshPage();
    const focused = () => p.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
    const tabTo = async (wanted: string, key = 'Tab') => {
      for (let i = 0; i < 40 && (await focused()) !== wanted; i++) await p.keyboard.press(key);
      expect(await focused()).toBe(wanted);
    };
    await tabTo('question');
    await p.keyboard.type('Bis wann soll DOMEA eingeführt sein?');
    await p.keyboard.press('Enter');
    await p.locator('.answer:not([aria-busy])').first().waitFor();
    await expect(focused()).resolves.toBe('question');
    await tabTo('marker', 'Shift+Tab');
    await p.keyboard.press('Enter');
    await p.locator('#passage-dialog[open] mark').first().waitFor();
    await p.keyboard.press('Escape');
    await p.locator('#passage-dialog[open]').waitFor({ state: 'detached' });
    await expect(focused()).resolves.toBe('marker');
    await tabTo('vote');
    await p.keyboard.press('Space');
    // The vote is sent first; the button shows it once the server recorded it.
    await p.locator('.vote[aria-pressed="true"]').first().waitFor();
    await expect(p.locator('.vote').first().getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(p.locator('#status').textContent()).resolves.toMatch(/Danke/);
    const votes = fs.readFileSync(h.feedbackFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(votes.at(-1)).toMatchObject({ vote: 'up', question: 'Bis wann soll DOMEA eingeführt sein?' });
    // Every control has an accessible name.
    const unnamed = await p.evaluate(() =>
      [...document.querySelectorAll('button, input, a')].filter((e) => !(e.getAttribute('aria-label') || e.textContent?.trim() || document.querySelector(`label[for="${e.id}"]`))).length,
    );
    expect(unnamed).toBe(0);
  });

  it('lists the topics and shows a cited overview of one', async () => {
    const p = await freshPage();
    await p.click('#topics-button');
    const first = p.locator('#topic-list button').first();
    await first.waitFor();
    const topicTitle = await first.textContent();
    await first.click();
    await p.locator('.answer:not([aria-busy])').first().waitFor();
    await expect(p.locator('.question').first().textContent()).resolves.toBe(topicTitle);
    expect(await p.locator('.answer .source').count()).toBeGreaterThan(0);
    // The list closes so the overview is in view.
    await expect(p.locator('#topics').isHidden()).resolves.toBe(true);
    await expect(p.locator('#topics-button').getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it('fits a phone-sized viewport without sideways scrolling', async () => {
    const p = await freshPage({ viewport: { width: 360, height: 640 } });
    await ask(p, 'Bis wann soll DOMEA in allen Ministerien eingeführt sein?');
    const widths = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    for (const selector of ['#question', '#send', '#new-chat']) {
      const box = (await p.locator(selector).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(box.height).toBeGreaterThanOrEqual(40); // big enough to tap
    }
  });

  it('speaks English when the browser prefers English', async () => {
    const english = await launchChromium({ locale: 'en-US' });
    try {
      const p = await english.context.newPage();
      await p.goto(`${h.web.url}/`);
      await expect(p.locator('#new-chat').textContent()).resolves.toBe('New conversation');
      await expect(p.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    } finally {
      await english.close();
    }
  });

  it('asks for WEB_TOKEN once, and keeps a rate-limited question in the field with a clear message', async () => {
    const guarded = await startWebHarness(services.engine, { WEB_TOKEN: 'web-token-0123456789', RATE_LIMIT_PER_MINUTE: '2', TOPICS_FILE: project.config.TOPICS_FILE });
    const fresh = await launchChromium();
    try {
      const p = await fresh.context.newPage();
      await p.goto(`${guarded.web.url}/`);
      await p.fill('#question', 'Bis wann soll DOMEA eingeführt sein?');
      await p.press('#question', 'Enter');
      await p.locator('#token-dialog[open]').waitFor();
      await p.fill('#token-input', 'web-token-0123456789');
      await p.press('#token-input', 'Enter');
      await p.locator('.answer:not([aria-busy])').first().waitFor();
      await expect(p.locator('.answer-text').first().textContent()).resolves.toContain('2013');
      // The token is kept: the next question goes through without asking again.
      await p.fill('#question', 'Was ist DOMEA?');
      await p.press('#question', 'Enter');
      await p.locator('.answer:not([aria-busy])').nth(1).waitFor();
      expect(await p.locator('#token-dialog[open]').count()).toBe(0);
      // Third question within the minute: 429. The message says when to retry; the question is not lost.
      const third = 'Wer ist der CIO des Landes?';
      await p.fill('#question', third);
      await p.press('#question', 'Enter');
      await p.waitForFunction(() => /Sekunden/.test(document.getElementById('status').textContent));
      await expect(p.locator('#status').textContent()).resolves.toMatch(/Zu viele Fragen.*in \d+ Sekunden/);
      await expect(p.inputValue('#question')).resolves.toBe(third);
      expect(await p.locator('.turn').count()).toBe(2);
    } finally {
      await fresh.close();
      await guarded.close();
    }
  });

  it('loads under a strict Content-Security-Policy with a first visit under 100 KB', async () => {
    const fresh = await launchChromium();
    try {
      const p = await fresh.context.newPage();
      const violations: string[] = [];
      p.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
      const responses: Promise<number>[] = [];
      p.on('requestfinished', (r) => responses.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize + s.requestHeadersSize)));
      const main = await p.goto(`${h.web.url}/`);
      await p.waitForLoadState('networkidle');
      const csp = main!.headers()['content-security-policy']!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(violations).toEqual([]);
      const total = (await Promise.all(responses)).reduce((a, b) => a + b, 0);
      expect(responses.length).toBeGreaterThanOrEqual(3); // page, script, style (and the icon)
      expect(total).toBeLessThan(100 * 1024);
      // The page works, so the script really ran under that policy.
      await expect(p.locator('#new-chat').textContent()).resolves.toBe('Neues Gespräch');
    } finally {
      await fresh.close();
    }
  });
});
