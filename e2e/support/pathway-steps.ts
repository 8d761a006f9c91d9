/** Steps of the pathway journey, as the candidate and the professionals take them in the browser. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { renderTextPdf } from '../../server/lib/text-pdf';
import type { DemoAccount } from './jalon';

export const DREETS: DemoAccount = { who: 'certificatrice (DREETS)', email: 'dreets@jalon.test', home: 'Espace certificateur' };
export const ACCOMPAGNATRICE: DemoAccount = { who: 'accompagnatrice', email: 'accompagnatrice@jalon.test', home: 'Espace accompagnateur' };

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The candidate's "what I do next" text, once /mon-parcours has loaded. */
export async function nextActionText(page: Page): Promise<string> {
  const section = region(page, 'Ce que je fais maintenant');
  await section.waitFor({ state: 'visible' });
  return section.innerText();
}

/** Waits until the candidate's next action says `text` (the page reloads after each action). */
export async function expectNextAction(page: Page, text: string): Promise<void> {
  const section = region(page, 'Ce que je fais maintenant');
  await section.filter({ hasText: text }).waitFor({ state: 'visible', timeout: 15_000 }).catch(() => undefined);
  expect(await section.innerText()).toContain(text);
}

export async function openMyPathway(page: Page): Promise<void> {
  await page.goto('/mon-parcours');
  await region(page, 'Ce que je fais maintenant').waitFor({ state: 'visible' });
}

/** Uploads a real PDF from the candidate space. */
export async function candidateUploads(page: Page, kindLabel: string, fileName: string): Promise<void> {
  const pdf = await renderTextPdf(kindLabel, [`Document de ${fileName}`]);
  const form = page.getByRole('form', { name: 'Envoyer un document' });
  await form.getByLabel('Type de document').selectOption({ label: kindLabel });
  await form.getByLabel(/^Fichier/).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
  await form.getByRole('button', { name: 'Envoyer le document' }).click();
  await form.getByRole('alert').or(form.getByRole('status')).filter({ hasText: /envoyé|enregistré|ajouté/i }).first().waitFor({ state: 'visible' });
}

/** Clicks one of the candidate's step buttons and confirms it. */
export async function candidateTakes(page: Page, label: string): Promise<void> {
  const section = region(page, 'Ce que je fais maintenant');
  await section.getByRole('button', { name: label }).click();
  await section.getByRole('group', { name: `Confirmer : ${label}` }).getByRole('button', { name: 'Confirmer' }).click();
  await section.getByText(`C’est fait : « ${label} ».`).waitFor({ state: 'visible' });
}

/** On /parcours/:id, opens a step's form, lets `fill` complete it, confirms and waits for the success alert. */
export async function professionalTakes(page: Page, pathwayId: string, label: string, fill: (form: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}): Promise<void> {
  await page.goto(`/parcours/${pathwayId}`);
  const steps = region(page, 'Prochaines étapes');
  await steps.getByRole('button', { name: label }).click();
  const form = page.getByRole('form', { name: label });
  await fill(form);
  await form.getByRole('button', { name: 'Confirmer' }).click();
  await page.locator('.fr-alert--success').waitFor({ state: 'visible' });
  expect(await form.count()).toBe(0);
}

/** A date N days after `from`, as a date input wants it (local calendar day). */
export function dayInput(from: Date, days: number): string {
  const d = new Date(from.getTime() + days * 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Reads or moves the server's clock (the server runs with CLOCK_CONTROL=true). */
export async function serverNow(baseUrl: string): Promise<Date> {
  const res = await fetch(`${baseUrl}/api/testing/clock`);
  return new Date(((await res.json()) as { now: string }).now);
}
export async function advanceServerClock(baseUrl: string, days: number): Promise<Date> {
  const res = await fetch(`${baseUrl}/api/testing/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceDays: days }) });
  expect(res.status).toBe(200);
  return new Date(((await res.json()) as { now: string }).now);
}
