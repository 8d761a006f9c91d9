/** Demo accounts and the steps every spec shares (log in through the form, read the h1). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The password of every demo account (server/db/seed-demo.ts). */
export const DEMO_PASSWORD = 'Jalon-Demo-2026!';

export interface DemoAccount {
  who: string;
  email: string;
  /** Text the role home's h1 contains. */
  home: string;
}

export const ADMIN: DemoAccount = { who: 'administrateur de la plateforme', email: 'admin@jalon.test', home: 'Administration' };
export const CANDIDATE: DemoAccount = { who: 'candidate', email: 'camille.martin@jalon.test', home: 'Espace candidat' };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  ADMIN,
  { who: 'référente', email: 'referente.caen@jalon.test', home: 'Espace référent de parcours' },
  { who: 'direction', email: 'direction.cibc@jalon.test', home: 'Espace direction' },
  { who: 'accompagnatrice', email: 'accompagnatrice@jalon.test', home: 'Espace accompagnateur' },
  { who: 'certificateur (DAVA)', email: 'dava@jalon.test', home: 'Espace certificateur' },
  { who: 'financeur (OPCO)', email: 'opco@jalon.test', home: 'Espace financeur' },
  { who: 'financeur (Région)', email: 'region@jalon.test', home: 'Espace financeur' },
  { who: 'établissement scolaire', email: 'college@jalon.test', home: 'Espace établissement scolaire' },
  CANDIDATE,
];

export const emailField = (page: Page) => page.getByLabel(/^Adresse électronique/);
export const passwordField = (page: Page) => page.getByLabel(/^Mot de passe/);
export const loginButton = (page: Page) => page.getByRole('button', { name: 'Se connecter' });

/** The page's single h1. */
export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Waits until the h1 contains `text`. */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await heading(page).filter({ hasText: text }).waitFor({ state: 'visible' });
  expect(await heading(page).innerText()).toContain(text);
}

export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Opens /connexion, fills the form, submits and waits for the role home. */
export async function logIn(page: Page, account: DemoAccount, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await emailField(page).fill(account.email);
  await passwordField(page).fill(password);
  await loginButton(page).click();
  await page.waitForURL((url) => url.pathname === '/');
  await expectHeading(page, account.home);
}
