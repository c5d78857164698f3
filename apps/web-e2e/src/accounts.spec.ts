import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, saveScreenshot } from './accessibility';
import { expectTodayDrawn } from './today';

const COACH = {
  email: 'sam.okafor@riverside.example',
  password: 'rehabit-demo-clinic',
};
const ADMIN = {
  email: 'priya.shah@riverside.example',
  password: 'rehabit-demo-clinic',
};

async function signIn(
  page: Page,
  who: { email: string; password: string },
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('accounts', () => {
  test('a coach adds a runner, who joins with the link once; the link does not work twice', async ({
    page,
    browser,
  }) => {
    await page.goto('/sign-in');
    await expectNoSeriousA11yViolations(page);
    await signIn(page, COACH);
    await expect(page).toHaveURL(/\/roster$/);
    await expect(page.getByRole('heading', { name: 'Runners' })).toBeVisible();
    await expect(page.getByTestId('roster')).toContainText('Maya Thompson');
    await expectNoSeriousA11yViolations(page);

    const email = `tui-${Date.now()}@runner.example`;
    await page.getByRole('button', { name: 'Add runner' }).click();
    const dialog = page.getByRole('dialog');
    // The dialog moves focus to its first field once open: typing before that lands
    // in whichever field has focus then.
    await expect(dialog.getByLabel('Name')).toBeFocused();
    await dialog.getByLabel('Name').fill('Tui Runner');
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByLabel('Time zone').fill('Pacific/Auckland');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Add runner' }).click();
    const linkField = dialog.getByTestId('issued-link');
    await expect(linkField).toHaveValue(/\/join#token=[A-Za-z0-9_-]{43}$/);
    const link = await linkField.inputValue();
    await saveScreenshot(page, 'roster-invitation-link');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByTestId('roster')).toContainText('Tui Runner');

    const runner = await browser.newContext();
    const runnerPage = await runner.newPage();
    await runnerPage.goto(link);
    await expect(
      runnerPage.getByRole('heading', { name: 'Join your clinic on Rehabit' }),
    ).toBeVisible();
    expect(runnerPage.url()).not.toContain('token');
    await expectNoSeriousA11yViolations(runnerPage);
    await runnerPage.getByLabel('New password').fill('tui runs the hills');
    await runnerPage
      .getByRole('button', { name: 'Set password and join' })
      .click();
    await expect(runnerPage).toHaveURL(/\/today$/);
    await expect(runnerPage.getByTestId('today-greeting')).toHaveText(
      'Hello, Tui Runner',
    );
    await expectTodayDrawn(runnerPage);
    await expectNoSeriousA11yViolations(runnerPage);
    await saveScreenshot(runnerPage, 'runner-today');
    await runner.close();

    const again = await browser.newContext();
    const againPage = await again.newPage();
    await againPage.goto(link);
    await againPage.getByLabel('New password').fill('another password');
    await againPage
      .getByRole('button', { name: 'Set password and join' })
      .click();
    await expect(againPage.getByTestId('set-password-message')).toHaveText(
      'This link has already been used: sign in instead.',
    );
    await again.close();
  });

  test('a wrong password gets a plain message, and a runner cannot open the roster', async ({
    page,
  }) => {
    await signIn(page, { email: COACH.email, password: 'not the password' });
    await expect(page.getByTestId('sign-in-message')).toHaveText(
      'That email and password do not match. Check them and try again.',
    );
    await signIn(page, {
      email: 'maya@runner.example',
      password: COACH.password,
    });
    await expect(page).toHaveURL(/\/today$/);
    await page.goto('/roster');
    await expect(page).toHaveURL(/\/today$/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto('/today');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Ftoday$/);
  });

  test('a coach hands a runner a password link; the runner sets a new password with it', async ({
    page,
    browser,
  }) => {
    await signIn(page, COACH);
    await expect(page).toHaveURL(/\/roster$/);
    await page
      .getByRole('button', { name: "Password link for Liam O'Connor" })
      .click();
    const link = await page.getByTestId('issued-link').inputValue();
    expect(link).toMatch(/\/reset#token=/);

    const runner = await browser.newContext();
    const runnerPage = await runner.newPage();
    await runnerPage.goto(link);
    await expect(
      runnerPage.getByRole('heading', { name: 'Choose a new password' }),
    ).toBeVisible();
    expect(runnerPage.url()).not.toContain('token');
    await expectNoSeriousA11yViolations(runnerPage);
    await runnerPage.getByLabel('New password').fill('liam has a new one');
    await runnerPage.getByRole('button', { name: 'Set new password' }).click();
    await expect(runnerPage).toHaveURL(/\/today$/);
    await expect(runnerPage.getByTestId('today-greeting')).toHaveText(
      "Hello, Liam O'Connor",
    );
    await runner.close();
  });

  test('an admin invites a coach from the Team page and reassigns a runner to another coach', async ({
    page,
  }) => {
    await signIn(page, ADMIN);
    await expect(page).toHaveURL(/\/roster$/);
    await page.getByRole('link', { name: 'Team' }).click();
    await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
    await expect(page.getByTestId('team')).toContainText('Jordan Lee');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Invite coach' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Name')).toBeFocused();
    await dialog.getByLabel('Name').fill('Alex Coach');
    await dialog
      .getByLabel('Email')
      .fill(`alex-${Date.now()}@riverside.example`);
    await dialog.getByRole('button', { name: 'Invite coach' }).click();
    await expect(dialog.getByTestId('issued-link')).toHaveValue(
      /\/welcome#token=/,
    );
    await expect(dialog).toContainText('Rehabit did not email it.');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByTestId('team')).toContainText('Alex Coach');
    await expect(page.getByTestId('team')).toContainText('Invited');
    await saveScreenshot(page, 'team');

    await page.getByRole('link', { name: 'Runners' }).click();
    const row = page.getByRole('row', { name: /Chloe Martin/ });
    await row.getByRole('button', { name: 'Reassign Chloe Martin' }).click();
    const reassign = page.getByRole('dialog');
    await reassign
      .getByLabel('Responsible coach')
      .selectOption({ label: 'Jordan Lee' });
    await expectNoSeriousA11yViolations(page);
    await reassign.getByRole('button', { name: 'Reassign' }).click();
    await expect(reassign).toBeHidden();
    await expect(row).toContainText('Jordan Lee');
  });

  test('the forgotten-password page says who can make a link when the server sends no email', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(
      page.getByRole('heading', { name: 'Forgot your password?' }),
    ).toBeVisible();
    await expect(page.getByTestId('forgot-password-handover')).toContainText(
      'runners from their coach, coaches from their clinic admin',
    );
    await expectNoSeriousA11yViolations(page);
  });

  test('an admin downloads a runner’s record and erases the runner on request', async ({
    page,
  }) => {
    await signIn(page, ADMIN);
    await expect(page).toHaveURL(/\/roster$/);
    await page.getByRole('link', { name: 'Daniel Kim' }).click();
    await expect(
      page.getByRole('heading', { name: 'Daniel Kim' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'The runner’s data' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download everything (JSON)' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(
      /^rehabit-runner-record-[0-9a-f-]{36}\.json$/,
    );
    const record = JSON.parse(readFileSync(await json.path(), 'utf8'));
    expect(record.runner).toMatchObject({
      name: 'Daniel Kim',
      email: 'daniel@runner.example',
    });

    await page.getByRole('button', { name: 'Erase runner…' }).click();
    const dialog = page.getByRole('dialog');
    const erase = dialog.getByRole('button', { name: 'Erase for good' });
    await expect(erase).toBeDisabled();
    await dialog.getByLabel('Type Daniel Kim to confirm').fill('Daniel Kim');
    await expectNoSeriousA11yViolations(page);
    await erase.click();
    await expect(page).toHaveURL(/\/roster\?erased=1$/);
    await expect(page.getByText(/^The runner was erased/)).toBeVisible();
    await expect(page.getByTestId('roster')).toContainText('Maya Thompson');
    await expect(page.getByTestId('roster')).not.toContainText('Daniel Kim');
    await expectNoSeriousA11yViolations(page);
  });
});
