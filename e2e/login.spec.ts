import { describe, expect, test } from 'vitest';
import { setupE2E, skipBrowserTests } from './support/browser';
import { DEMO_ACCOUNTS, emailField, expectHeading, logIn, loginButton, passwordField, pathOf } from './support/jalon';

describe.skipIf(skipBrowserTests)('connexion par mot de passe', () => {
  const e2e = setupE2E();

  for (const account of DEMO_ACCOUNTS) {
    test(`${account.who} (${account.email}) arrive sur « ${account.home} » puis se déconnecte`, async () => {
      const page = await e2e.newPage();
      await logIn(page, account);
      expect(pathOf(page)).toBe('/');

      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.waitForURL((url) => url.pathname === '/connexion');
      await expect.poll(() => page.getByText('Vous êtes déconnecté·e.').isVisible()).toBe(true);
      // The session is really over on the server, and the home page sends back to the login form.
      expect((await page.request.get('/api/auth/me')).status()).toBe(401);
      await page.goto('/');
      await page.waitForURL((url) => url.pathname === '/connexion');
      await expectHeading(page, 'Connexion');
    });
  }

  test('un mauvais mot de passe affiche l’erreur en français et reste sur le formulaire', async () => {
    const page = await e2e.newPage();
    await page.goto('/connexion');
    await emailField(page).fill('referente.caen@jalon.test');
    await passwordField(page).fill('pas-le-bon-mot-de-passe');
    await loginButton(page).click();
    const alert = page.locator('.fr-alert--error');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.innerText()).toContain('Adresse électronique ou mot de passe incorrect.');
    expect(pathOf(page)).toBe('/connexion');
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  });
});
