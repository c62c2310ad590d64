// The web UI in a real browser: built bundle, real pipeline output, the HTTP app in-process, headless Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import type { Storyline } from '../../src/model/cluster.ts';
import { createApp } from '../../src/serve/http/app.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { makeDocument } from '../support/documents.ts';
import { REPO_DIR } from '../support/shared.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIR = join(REPO_DIR, 'web');
const DIST_INDEX = join(WEB_DIR, 'dist', 'index.html');
const SHOTS_DIR = join(REPO_DIR, 'test', 'out', 'screenshots');
const HOSTILE_TITLE =
  '<script>alert("judul")</script><img src=x onerror=alert("gambar")> Banjir Rob Pantai Hostil';

function newestMtimeMs(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtimeMs(join(path, name))));
}

/** Builds the UI when web/dist is missing or older than its sources. */
function ensureBuilt(): void {
  const sources = Math.max(
    ...['src', 'index.html', 'vite.config.ts'].map((name) => newestMtimeMs(join(WEB_DIR, name))),
  );
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= sources) return;
  const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], {
    cwd: REPO_DIR,
    encoding: 'utf8',
  });
  assert.equal(build.status, 0, `vite build failed:\n${build.stdout}\n${build.stderr}`);
}

/** The write token of the test server: the alerts page saves searches with it. */
const UI_TOKEN = 'ui-test-token';

async function startServer(dbPath: string) {
  const store = new SqliteStore({ path: dbPath });
  await ingestIntoStore([join(REPO_DIR, 'samples')], store, {
    referenceDate: new Date('2025-03-12T00:00:00Z'),
    batchSize: 50,
  });
  const hostile = makeDocument({
    title: HOSTILE_TITLE,
    outlet: '<b onmouseover=alert(1)>Kabar Hostil</b>',
    url: 'javascript:alert("tautan")',
    text: 'Air laut naik ke permukiman. <img src=x onerror=alert("teks")> Warga Pantai Hostil mengungsi.\n\n<script>alert("isi")</script>',
    published: {
      value: '2025-03-04',
      evidence: '<svg onload=alert(1)>',
      inferred: true,
      reasoning: '<i>uji</i>',
    },
  });
  await store.transaction((tx) =>
    tx.saveDocuments([{ document: hostile, raw: hostile.text, rawFormat: 'text' }]),
  );
  const app = createApp({ store, writeToken: UI_TOKEN, webDir: join(WEB_DIR, 'dist') });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const close = async (): Promise<void> => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  };
  return { base: `http://127.0.0.1:${port}/`, hostileId: hostile.id, close };
}

async function api<T>(base: string, path: string): Promise<T> {
  const response = await fetch(new URL(path, base));
  assert.equal(response.status, 200, path);
  return (await response.json()) as T;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

async function assertNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const [scrollWidth, clientWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  assert.ok(
    scrollWidth <= clientWidth + 1,
    `${where}: page is ${scrollWidth}px wide in a ${clientWidth}px viewport`,
  );
}

/** Each event of a storyline says why it belongs: it opened the storyline, or what chained it to another. */
async function assertMembershipEvidence(page: Page, storyline: Storyline): Promise<void> {
  const evidence = storyline.evidence ?? [];
  assert.equal(evidence.length, storyline.events.length, 'the storyline keeps evidence for every event');
  for (const entry of evidence) {
    const title = page.locator(`a.item-title[href="#/events/${entry.event}"]`);
    const shown = page.locator('.timeline-card').filter({ has: title }).locator('.timeline-evidence');
    if (entry.linkedTo === null) {
      assert.equal(await shown.textContent(), 'Membuka alur ini');
      continue;
    }
    assert.match((await shown.textContent()) ?? '', /Terhubung ke .*Kemiripan topik .*Entitas bersama/);
    assert.equal(await shown.locator(`a[href="#/events/${entry.linkedTo}"]`).count(), 1);
    for (const name of entry.sharedEntities) await shown.getByText(name, { exact: true }).first().waitFor();
  }
}

// In CI (`CI` set, as `.ci/run` does) a missing browser fails the suite: a skip there would hide
// that the UI was never tested.
const skip = existsSync(CHROMIUM)
  ? false
  : process.env.CI
    ? assert.fail(`no Chromium at ${CHROMIUM}; CI must install chromium (or set CHROMIUM_PATH)`)
    : `no Chromium at ${CHROMIUM}; set CHROMIUM_PATH to run the browser tests`;

test('the web UI works in a browser on the sample corpus', { skip, timeout: 120_000 }, async (t) => {
  ensureBuilt();
  mkdirSync(SHOTS_DIR, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'warta-ui-'));
  const server = await startServer(join(dir, 'ui.db'));
  let browser: Browser | undefined;
  const problems: string[] = [];
  const dialogs: string[] = [];
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    const desktop = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await desktop.newPage();
    page.setDefaultTimeout(10_000);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    const { base } = server;

    await t.test('overview shows stats and a search box; the skip link moves focus to main', async () => {
      await page.goto(base);
      await page.getByRole('heading', { level: 1, name: 'Ringkasan' }).waitFor();
      await page.locator('.stat-tiles').getByText('Dokumen').waitFor();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Langsung ke isi');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
      assert.equal(new URL(page.url()).hash, '', 'the skip link must not change the route');
      await shoot(page, 'home');
    });

    await t.test('search ranks results with highlighted terms, and filters apply', async () => {
      await page.locator('#home-q').fill('banjir');
      await page.locator('#home-q').press('Enter');
      const firstMark = page.locator('.results mark').first();
      await firstMark.waitFor();
      assert.match((await firstMark.textContent()) ?? '', /banjir/i);
      assert.match(page.url(), /#\/search\?q=banjir/);
      await page.getByLabel('Bahasa').selectOption('id');
      await page.waitForURL(/language=id/);
      await page.locator('.results .result').first().waitFor();
      await shoot(page, 'search');
    });

    await t.test('search tells the total, sorts by date, and says what a misspelt name was read as', async () => {
      await page.goto(`${base}#/search?q=${encodeURIComponent('Lembah Sarri')}`);
      const note = page.locator('.did-you-mean');
      await note.waitFor();
      assert.match((await note.textContent()) ?? '', /Lembah Sari/);
      assert.match((await page.locator('.result-count').textContent()) ?? '', /\d+ hasil/);
      await page.getByLabel('Urutkan').selectOption('date');
      await page.waitForURL(/sort=date/);
      await page.locator('.result-count', { hasText: 'terbaru dahulu' }).waitFor();
    });

    await t.test('an event page compares its sources', async () => {
      const events = await api<{ items: { id: string; documents: string[] }[] }>(
        base,
        'api/events?limit=500',
      );
      assert.ok(events.items.length > 0, 'the samples make at least one event');
      const event = [...events.items].sort((a, b) => b.documents.length - a.documents.length)[0]!;
      await page.goto(`${base}#/events/${event.id}`);
      await page.getByRole('heading', { level: 2, name: /Sumber/ }).waitFor();
      assert.equal(await page.locator('.source-card').count(), event.documents.length);
      await page.getByRole('heading', { level: 2, name: /Angka antarsumber/ }).waitFor();
      await page.getByRole('heading', { level: 2, name: /Siapa berkata apa/ }).waitFor();
      await page.getByRole('heading', { level: 2, name: /Mengapa satu peristiwa/ }).waitFor();
      await shoot(page, 'event');
    });

    await t.test('a storyline lists its events in time order, each linking to its event', async () => {
      const storylines = await api<{ items: Storyline[] }>(base, 'api/storylines?limit=500');
      const storyline = [...storylines.items].sort((a, b) => b.events.length - a.events.length)[0];
      assert.ok(storyline, 'the samples make at least one storyline');
      await page.goto(`${base}#/storylines/${storyline.id}`);
      await page.locator('.timeline-item').first().waitFor();
      assert.equal(await page.locator('.timeline-item').count(), storyline.events.length);
      await assertMembershipEvidence(page, storyline);
      const dates = await page
        .locator('.timeline-date')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''));
      assert.deepEqual(dates, [...dates].sort());
      await shoot(page, 'storyline');
      await page.locator('.timeline-card a').first().click();
      await page.waitForURL(/#\/events\//);
      await page.getByRole('heading', { level: 2, name: /Sumber/ }).waitFor();
    });

    await t.test('an entity page shows aliases, a chart and documents', async () => {
      const entities = await api<{ items: { id: string; name: string }[] }>(base, 'api/entities?limit=1');
      const entity = entities.items[0];
      if (!entity) {
        assert.fail('the sample corpus gave no entities, so there is no entity page to open');
      }
      await page.goto(`${base}#/entities/${entity.id}`);
      await page.getByRole('heading', { level: 1, name: entity.name }).waitFor();
      await page.locator('.chart canvas').first().waitFor();
      await page.getByRole('heading', { level: 2, name: /Alias/ }).waitFor();
      await shoot(page, 'entity');
    });

    await t.test('a document shows highlighted text and removed boilerplate on demand', async () => {
      const docs = await api<{ items: { id: string }[] }>(base, 'api/documents?limit=50');
      let chosen: string | null = null;
      for (const { id } of docs.items) {
        const doc = await api<{ removed: unknown[]; entities: unknown[] }>(base, `api/documents/${id}`);
        if (doc.removed.length > 0 && id !== server.hostileId) {
          chosen = id;
          break;
        }
      }
      assert.ok(chosen, 'some sample has boilerplate removed');
      await page.goto(`${base}#/documents/${chosen}`);
      await page.locator('.article-text').waitFor();
      const toggle = page.getByRole('button', { name: 'Tampilkan' });
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.locator('.removed').isVisible(), false);
      await toggle.click();
      await page.locator('.removed .removed-text').first().waitFor();
      assert.equal(
        await page.getByRole('button', { name: 'Sembunyikan' }).getAttribute('aria-expanded'),
        'true',
      );
      const focusButton = page.getByRole('button', { name: /^Tandai di teks/ }).first();
      if ((await focusButton.count()) > 0) {
        await focusButton.click();
        await page.locator('.article-text .is-focused').first().waitFor();
      }
      await shoot(page, 'document');
    });

    await t.test('hostile article text renders as text and runs nothing', async () => {
      await page.goto(`${base}#/documents/${server.hostileId}`);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      assert.equal(await heading.textContent(), HOSTILE_TITLE);
      await page.getByText('<img src=x onerror=alert("teks")>', { exact: false }).first().waitFor();
      assert.equal(await page.locator('main img, main script, main svg').count(), 0);
      assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
      await page.goto(`${base}#/search?q=Hostil`);
      await page.locator('.results .result-title').first().waitFor();
      assert.equal(await page.locator('.results .result-title').first().textContent(), HOSTILE_TITLE);
      await page.waitForTimeout(300);
      assert.deepEqual(dialogs, [], 'no script from article text may open a dialog');
      await shoot(page, 'hostile');
    });

    await t.test('a search is saved from the search page; the alerts page lists it, its name as text', async () => {
      await page.goto(`${base}#/search?q=banjir`);
      await page.getByRole('link', { name: 'Simpan pencarian ini' }).click();
      await page.waitForURL(/#\/alerts\?q=banjir/);
      assert.equal(await page.locator('#alert-query').inputValue(), 'banjir', 'the query comes from the search');
      const hostileName = '<script>alert("nama")</script>';
      await page.locator('#alert-name').fill(hostileName);
      await page.locator('#alert-token').fill(UI_TOKEN);
      await page.getByRole('button', { name: 'Simpan' }).click();
      await page.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
      await page.locator('.alert-name', { hasText: hostileName }).waitFor();
      assert.equal(await page.locator('main script').count(), 0);
      assert.ok(await page.getByRole('link', { name: 'umpan Atom' }).count(), 'each alert links its Atom feed');
      await page.waitForTimeout(200);
      assert.deepEqual(dialogs, [], 'no script from an alert name may open a dialog');
      await shoot(page, 'alerts');
    });

    await t.test('a phone viewport renders every page without horizontal scroll', async () => {
      const phone = await browser!.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      const mobile = await phone.newPage();
      mobile.setDefaultTimeout(10_000);
      mobile.on('pageerror', (error) => problems.push(`phone page error: ${error.message}`));
      const events = await api<{ items: { id: string }[] }>(base, 'api/events?limit=1');
      const docs = await api<{ items: { id: string }[] }>(base, 'api/documents?limit=1');
      const storylines = await api<{ items: { id: string }[] }>(base, 'api/storylines?limit=1');
      const pages: [string, string, string][] = [
        ['phone-home', '', 'h1'],
        ['phone-search', '#/search?q=banjir', '.results'],
        ['phone-alerts', '#/alerts', '.alert-list'],
        ['phone-document', `#/documents/${docs.items[0]!.id}`, '.article-text'],
        ['phone-event', `#/events/${events.items[0]!.id}`, '.source-card'],
        ['phone-storyline', `#/storylines/${storylines.items[0]!.id}`, '.timeline-item'],
      ];
      for (const [name, route, ready] of pages) {
        await mobile.goto(`${base}${route}`);
        await mobile.locator(ready).first().waitFor();
        await assertNoHorizontalScroll(mobile, name);
        await mobile.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
      }
      await phone.close();
    });

    assert.deepEqual(problems, [], 'the UI logs no errors');
  } finally {
    await browser?.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
