import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, saveScreenshot } from './accessibility';

const COACH = {
  email: 'sam.okafor@riverside.example',
  password: 'rehabit-demo-clinic',
};

async function signIn(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(COACH.email);
  await page.getByLabel('Password').fill(COACH.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/roster$/);
}

async function addExercise(
  page: Page,
  phase: number,
  search: string,
  name: string,
) {
  await page.getByLabel(`Add an exercise to phase ${phase}`).fill(search);
  // Options read "Name · Category"; a clinic copy of the same exercise is another option.
  await page.getByRole('option', { name: new RegExp(`^${name} · `) }).click();
}

/** Tomorrow's date where the test runs, as the app writes local dates. */
function tomorrow(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return new Intl.DateTimeFormat('en-CA').format(d);
}

test.describe('prescribing', () => {
  test('a coach builds a two-phase template, prescribes it to two runners, changes one runner’s hold from tomorrow and prints the sheet', async ({
    page,
  }) => {
    const name = `Piriformis e2e ${Date.now()}`;
    await signIn(page);
    await page.getByRole('link', { name: 'Templates' }).click();
    await expect(
      page.getByRole('heading', { name: 'Templates' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: 'New template' }).click();

    await page.getByLabel('Name', { exact: true }).fill(name);
    const phase1 = page.getByTestId('phase-1');
    await phase1.getByLabel('Phase name').fill('Stretch');
    await phase1.getByLabel('To week (blank: to the end)').fill('2');
    await addExercise(page, 1, 'figure four', 'Supine figure-four stretch');
    const stretch = page.getByTestId('item-1-1');
    await stretch.getByLabel('Hold (s)').fill('30');
    await stretch.getByLabel('Sets').fill('3');
    await stretch.getByLabel('Side').selectOption({ label: 'each side' });
    await expect(stretch.getByTestId('dose-text')).toHaveText(
      /^\s*Hold 30 s · 3 sets · each side/,
    );

    await page.getByRole('button', { name: 'Add a phase' }).click();
    const phase2 = page.getByTestId('phase-2');
    await phase2.getByLabel('Phase name').fill('Stability');
    await expect(phase2.getByLabel('From week')).toHaveValue('3');
    await addExercise(page, 2, 'bridge', 'Glute bridge');
    await expect(
      page.getByTestId('item-2-1').getByTestId('dose-text'),
    ).toContainText('reps');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'template-builder');

    await page.getByRole('button', { name: 'Save template' }).click();
    await expect(page).toHaveURL(/\/templates\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole('heading', { name: 'Edit template' }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Prescribe…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /Maya Thompson/ }).check();
    await dialog.getByRole('checkbox', { name: /Aroha Ngata/ }).check();
    await expectNoSeriousA11yViolations(page);
    await dialog
      .getByRole('button', { name: 'Prescribe to 2 runners' })
      .click();
    await expect(dialog.getByTestId('prescribed')).toContainText(
      'Prescribed to 2 runners',
    );
    await dialog.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('link', { name: 'Runners' }).click();
    await page.getByRole('link', { name: 'Maya Thompson' }).click();
    await expect(
      page.getByRole('heading', { name: 'Maya Thompson' }),
    ).toBeVisible();
    const card = page.getByTestId(`prescription-${name}`);
    await expect(card).toContainText('Hold 30 s · 3 sets · each side');
    await expect(page.getByTestId('upcoming')).toContainText(name);

    await card.getByRole('button', { name: `Change dose of ${name}` }).click();
    await expect(card.getByTestId('effective-from')).toHaveValue(tomorrow());
    await card.getByTestId('item-1-1').getByLabel('Hold (s)').fill('45');
    await expect(
      card.getByTestId('item-1-1').getByTestId('dose-text'),
    ).toHaveText(/^\s*Hold 45 s/);
    await card.getByRole('button', { name: 'Save new version' }).click();
    await expect(card).toContainText(
      `Saved: the new dose is in force from ${tomorrow()}.`,
    );
    const history = card.getByTestId('version-history');
    await history.locator('summary').click();
    await expect(history).toContainText(
      `Version 2 · in force from ${tomorrow()}`,
    );
    await expect(history).toContainText('Hold 30 s · 3 sets · each side');
    await expect(history).toContainText('→ Hold 45 s · 3 sets · each side');
    // Today is still version 1; the coming week shows the longer hold from tomorrow.
    await expect(page.getByTestId('upcoming')).toContainText('Hold 45 s');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'runner-detail');

    await page.getByRole('link', { name: 'Printable program sheet' }).click();
    await expect(
      page.getByRole('heading', {
        name: 'Home exercise program for Maya Thompson',
      }),
    ).toBeVisible();
    const doses = await page.getByTestId('sheet-dose').allTextContents();
    const sheet = await page.locator('main').innerText();
    expect(
      doses.some((d) => d.includes('Hold 30 s · 3 sets · each side')),
    ).toBe(true);
    expect(doses.some((d) => /\d+ reps · \d+ sets/.test(d))).toBe(true);
    expect(sheet).toContain('Supine figure-four stretch');
    expect(sheet).toContain('Glute bridge');
    expect(sheet).toContain('Starting position');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'program-sheet');
  });
});
