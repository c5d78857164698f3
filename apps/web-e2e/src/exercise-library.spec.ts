import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, saveScreenshot } from './accessibility';

test.describe('exercise library', () => {
  test('a coach finds the piriformis stretches by name and alias, reads one, and is told when nothing matches', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/exercises$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Exercise library' }),
    ).toBeVisible();
    await expect(page.getByTestId('result-count')).toHaveText(/\d+ exercises/);
    await expectNoSeriousA11yViolations(page);

    const search = page.getByRole('searchbox', { name: 'Search exercises' });
    const results = page.getByTestId('exercise-results');

    await search.fill('piriformis');
    await expect(page).toHaveURL(/q=piriformis/);
    await expect(
      results.getByRole('link', { name: 'Supine figure-four stretch' }),
    ).toBeVisible();
    await expect(
      results.getByRole('link', { name: 'Figure-four stretch with knee pull' }),
    ).toBeVisible();
    await saveScreenshot(page, 'exercise-library-piriformis');

    await search.fill('figure four');
    await expect(page).toHaveURL(/q=figure(\+|%20)four/);
    await expect(
      results.getByRole('link', { name: 'Supine figure-four stretch' }),
    ).toBeVisible();
    await expect(
      results.getByRole('link', { name: 'Figure-four stretch with knee pull' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await results
      .getByRole('link', { name: 'Supine figure-four stretch' })
      .click();
    await expect(page.getByTestId('exercise-name')).toHaveText(
      'Supine figure-four stretch',
    );
    await expect(page).toHaveTitle('Supine figure-four stretch · Rehabit');
    await expect(page.getByTestId('default-dose')).toHaveText(
      'Hold 45 s · 3 sets · each side · rest 15 s · daily, once',
    );
    await expect(
      page.getByTestId('exercise-steps').getByRole('listitem'),
    ).toHaveCount(4);
    await expect(page.getByTestId('safety-notes')).toContainText(
      'numbness or tingling',
    );
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'exercise-detail');

    // Back to the search the coach left, then one that matches nothing.
    await page.goBack();
    await expect(search).toHaveValue('figure four');
    await search.fill('zzz no such stretch');
    await expect(page.getByTestId('result-count')).toHaveText(
      'No exercises match “zzz no such stretch”.',
    );
    await expect(results.getByRole('listitem')).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: 'Clear search and filters' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('filters by category and body region, from the keyboard', async ({
    page,
  }) => {
    await page.goto('/exercises');
    await page.getByRole('combobox', { name: 'Category' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Stretch' }).click();
    await page.getByRole('combobox', { name: 'Body region' }).click();
    await page.getByRole('option', { name: 'Calf' }).click();
    await expect(page).toHaveURL(/category=STRETCH/);
    await expect(page.getByTestId('result-count')).toHaveText('2 exercises');
    await expectNoSeriousA11yViolations(page);
  });

  test('works on a 360 px wide phone without sideways scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/exercises?q=bridge');
    await expect(
      page
        .getByTestId('exercise-results')
        .getByRole('link', { name: 'Glute bridge', exact: true }),
    ).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'exercise-library-360px');
  });

  test('an unknown exercise id shows a clear not-found page', async ({
    page,
  }) => {
    await page.goto('/exercises/0b6c2a3e-9a43-4c1e-8f7f-4b0a1f6d2e11');
    await expect(
      page.getByRole('heading', { name: 'Exercise not found' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('health probes are answered by the API, not by the web app', async ({
    request,
  }) => {
    const health = await request.get('/health');
    expect(health.headers()['content-type']).toContain('application/json');
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await request.get('/ready');
    expect(await ready.json()).toEqual({ status: 'ready', database: 'PGlite' });
  });
});
