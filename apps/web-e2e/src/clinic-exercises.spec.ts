import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, saveScreenshot } from './accessibility';

test('a coach adds a clinic exercise with ordered steps and a default dose, edits it and archives it; built-ins can only be duplicated', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('jordan.lee@riverside.example');
  await page.getByLabel('Password').fill('rehabit-demo-clinic');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/roster$/);

  await page.getByRole('link', { name: 'Exercise library' }).click();
  await page.getByRole('link', { name: 'New exercise' }).click();
  const name = `Banded clamshell ${Date.now()}`;
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Category').selectOption({ label: 'Activation' });
  await page.getByLabel('Step 1').fill('Lie on your side, knees bent.');
  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.getByLabel('Step 2').fill('Lift the top knee, feet together.');
  await page.getByRole('button', { name: 'Move up step 2' }).click();
  await expect(page.getByLabel('Step 1')).toHaveValue(
    'Lift the top knee, feet together.',
  );
  await page
    .getByLabel('Image or video link (https://)')
    .fill('javascript:alert(1)');
  await page.getByLabel('Reps').fill('15');
  await page.getByLabel('Load').fill('red band');
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByTestId('exercise-errors')).toContainText(
    'mediaUrl must be a web address starting with https://',
  );
  await page
    .getByLabel('Image or video link (https://)')
    .fill('https://media.example.org/clamshell.png');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'exercise-form');
  await page.getByRole('button', { name: 'Save exercise' }).click();

  await expect(page.getByTestId('exercise-name')).toHaveText(name);
  await expect(page.getByTestId('exercise-steps')).toContainText(
    'Lift the top knee, feet together.Lie on your side, knees bent.',
  );
  await expect(page.getByTestId('default-dose')).toContainText('15 reps');
  await expect(
    page.getByRole('img', { name: `Illustration: ${name}` }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Sets').fill('2');
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByTestId('default-dose')).toContainText(
    '15 reps · 2 sets',
  );

  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page).toHaveURL(/\/exercises$/);
  await page
    .getByRole('searchbox', { name: 'Search exercises' })
    .fill('banded clamshell');
  await expect(page.getByTestId('exercise-results')).not.toContainText(name);

  await page.goto('/exercises?q=supine');
  await page.getByRole('link', { name: 'Supine figure-four stretch' }).click();
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await page
    .getByRole('button', { name: 'Duplicate into your library' })
    .click();
  await expect(page).toHaveURL(/\/exercises\/[0-9a-f-]{36}\/edit$/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(
    'Supine figure-four stretch (clinic copy)',
  );
});
