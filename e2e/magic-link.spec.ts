import { request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupE2E, skipBrowserTests } from './support/browser';
import { ADMIN, CANDIDATE, DEMO_PASSWORD, emailField, expectHeading, heading, pathOf } from './support/jalon';

interface MailSummary {
  id: string;
  to: string[];
  subject: string;
  status: 'queued' | 'sent' | 'stored' | 'failed';
}

const SUBJECT = 'Votre lien de connexion à Jalon';
const MAILBOX_WAIT_MS = 10_000;

/**
 * Reads the sign-in link sent to `to` from the admin mailbox API, once the jobs worker has
 * handled the message (bounded polling, no blind sleep).
 */
async function linkFromMailbox(baseUrl: string, to: string): Promise<string> {
  const api = await request.newContext({ baseURL: baseUrl });
  try {
    const login = await api.post('/api/auth/login', { data: { email: ADMIN.email, password: DEMO_PASSWORD } });
    expect(login.status(), 'connexion administrateur à l’API').toBe(200);
    const deadline = Date.now() + MAILBOX_WAIT_MS;
    let last: MailSummary[] = [];
    for (;;) {
      const list = await api.get('/api/admin/mailbox', { params: { page: 1, pageSize: 50 } });
      expect(list.status(), 'GET /api/admin/mailbox').toBe(200);
      last = ((await list.json()) as { items: MailSummary[] }).items.filter((m) => m.to.includes(to) && m.subject === SUBJECT);
      const handled = last.find((m) => m.status !== 'queued');
      if (handled) {
        expect(handled.status, 'le courriel est remis (pas de SMTP : conservé dans la boîte)').toBe('stored');
        const full = await api.get(`/api/admin/mailbox/${handled.id}`);
        expect(full.status(), 'GET /api/admin/mailbox/:id').toBe(200);
        const { text } = (await full.json()) as { text: string };
        const link = /https?:\/\/\S+\/connexion\/lien\?token=\S+/.exec(text)?.[0];
        if (!link) throw new Error(`aucun lien de connexion dans le courriel :\n${text}`);
        return link;
      }
      if (Date.now() > deadline) {
        throw new Error(`aucun courriel « ${SUBJECT} » traité pour ${to} en ${MAILBOX_WAIT_MS / 1000} s (vus : ${JSON.stringify(last)})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await api.dispose();
  }
}

describe.skipIf(skipBrowserTests)('lien de connexion des candidats', () => {
  const e2e = setupE2E();

  test('la candidate demande un lien, l’ouvre, arrive dans son espace ; le lien ne sert qu’une fois', async () => {
    const page = await e2e.newPage();
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Recevoir un lien de connexion (candidats)' }).click();
    await page.waitForURL((url) => url.pathname === '/connexion/lien');
    await emailField(page).fill(CANDIDATE.email);
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await page.getByRole('status').filter({ hasText: 'Demande enregistrée' }).waitFor({ state: 'visible' });

    const link = await linkFromMailbox(e2e.baseUrl, CANDIDATE.email);
    expect(link.startsWith(`${e2e.baseUrl}/connexion/lien?token=`), link).toBe(true);

    await page.goto(link);
    await page.waitForURL((url) => url.pathname === '/');
    await expectHeading(page, CANDIDATE.home);
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe(CANDIDATE.email);

    // Opened a second time (another browser, say a forwarded message): refused.
    const again = await e2e.newPage();
    await again.goto(link);
    const alert = again.locator('.fr-alert--error');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.innerText()).toContain('Ce lien n’est plus valide : il a expiré ou a déjà été utilisé.');
    expect(pathOf(again)).toBe('/connexion/lien');
    expect(await heading(again).innerText()).toContain('Connexion par lien');
    expect((await again.request.get('/api/auth/me')).status()).toBe(401);
  });
});
