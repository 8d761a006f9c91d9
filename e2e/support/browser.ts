/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), one context per
 * test, and the axe accessibility check.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startServer, type RunningServer } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const IN_CI = Boolean(process.env.CI);
export const ARTIFACTS_DIR = path.join(tmpdir(), 'jalon-e2e-artifacts');

const chromiumMissing = !existsSync(CHROMIUM_PATH);

/**
 * True when the browser tests must be skipped: no Chromium on a developer machine. In CI a
 * missing Chromium is not a reason to skip: the suite runs and fails with a clear message.
 */
export const skipBrowserTests = chromiumMissing && !IN_CI;
if (skipBrowserTests) {
  console.warn(`Chromium introuvable : tests navigateur ignorés (apt-get install chromium) [${CHROMIUM_PATH}]`);
}

export async function launchBrowser(): Promise<Browser> {
  if (chromiumMissing) {
    throw new Error(
      `Chromium introuvable à ${CHROMIUM_PATH} alors que CI est défini : les tests navigateur ne peuvent pas être ignorés en CI. ` +
        'Installez-le (apt-get update && apt-get install -y chromium) ou indiquez son chemin dans CHROMIUM_PATH.',
    );
  }
  // headless: true makes Playwright add --headless itself.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface E2E {
  readonly server: RunningServer;
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A page in a new, empty browser context (closed after the test). */
  newPage: () => Promise<Page>;
}

/**
 * Call inside a `describe`: starts the server and the browser before the file's tests, gives
 * each test fresh contexts, stops both afterwards and checks the server exits with code 0.
 */
export function setupE2E(extraEnv: Record<string, string> = {}): E2E {
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // Launch Chromium first: when it is missing in CI, fail before spending time on the server.
    browser = await launchBrowser();
    server = await startServer(extraEnv);
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const slug = context.task.name.replace(/[^a-zA-Z0-9]+/g, '-').slice(0, 80);
      for (const [i, ctx] of contexts.entries()) {
        for (const [j, page] of ctx.pages().entries()) {
          const file = path.join(ARTIFACTS_DIR, `${slug}-${i}-${j}.png`);
          await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
          console.log(`capture d'écran : ${file} (${page.url()})`);
        }
      }
      if (server) console.log(`--- fin de la sortie du serveur ---\n${server.output().slice(-4000)}`);
    }
    await Promise.all(contexts.map((ctx) => ctx.close().catch(() => undefined)));
    contexts = [];
  });

  afterAll(async () => {
    await browser?.close();
    if (server) {
      const running = server;
      server = null;
      const code = await running.stop();
      expect(code, `le serveur doit s'arrêter proprement sur SIGTERM\n${running.output().slice(-4000)}`).toBe(0);
    }
  });

  const need = <T>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`${what} non démarré`);
    return value;
  };

  return {
    get server() {
      return need(server, 'serveur');
    },
    get baseUrl() {
      return need(server, 'serveur').baseUrl;
    },
    get browser() {
      return need(browser, 'navigateur');
    },
    newPage: async () => {
      const ctx = await need(browser, 'navigateur').newContext({ baseURL: need(server, 'serveur').baseUrl, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      ctx.setDefaultTimeout(15_000);
      contexts.push(ctx);
      return ctx.newPage();
    },
  };
}

/** Runs axe on the current page; fails on any `serious` or `critical` violation, printing them all. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    … et ${v.nodes.length - 5} autre(s)` : '';
      return `  [${v.impact}] ${v.id} : ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
  if (blocking.length > 0) console.error(`axe — ${page.url()} :\n${report}`);
  expect(blocking.map((v) => `${v.impact} ${v.id}: ${v.help}`), `violations axe graves sur ${page.url()}\n${report}`).toEqual([]);
}
