import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { workspaceRoot } from '@nx/devkit';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, saveScreenshot } from './accessibility';

const COACH = {
  email: 'sam.okafor@riverside.example',
  password: 'rehabit-demo-clinic',
};

/** A local date in a runner's time zone, days from today. */
function localDay(timeZone: string, offset: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(
    new Date(Date.now() + offset * 86_400_000),
  );
}

/** The text of a downloaded PDF, read by PDF.js (pdf-parse). */
function pdfText(path: string): string {
  return execFileSync('node', ['tools/scripts/pdf-text.mjs'], {
    input: readFileSync(path),
    cwd: workspaceRoot,
  }).toString('utf8');
}

/** Whole percentages of a column of badges, in row order; "—" is null. */
async function percentages(
  page: Page,
  column: string,
): Promise<(number | null)[]> {
  const texts = await page
    .locator(
      `[data-testid="roster"] td[data-column="${column}"] rh-adherence-badge`,
    )
    .allInnerTexts();
  return texts.map((t) => {
    const match = /(\d+)%/.exec(t);
    return match ? Number(match[1]) : null;
  });
}

test.describe('compliance', () => {
  test('a coach sorts the roster, filters to who needs attention, excuses a day for a lapsing runner and exports the report', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(COACH.email);
    await page.getByLabel('Password').fill(COACH.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/roster$/);
    const roster = page.getByTestId('roster');
    await expect(roster).toContainText('Liam O');
    await expect(roster).toContainText('Missed 3 days in a row');
    await expect(roster).toContainText('Worse next morning');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'roster');

    // Sort by 7-day adherence, lowest first: the figures climb, runners with none last.
    await page.getByRole('button', { name: /^7 days/ }).click();
    await expect(page).toHaveURL(/sort=adherence7&dir=asc/);
    await expect(page.locator('th[aria-sort="ascending"]')).toContainText(
      '7 days',
    );
    const ascending = await percentages(page, 'adherence7');
    const known = ascending.filter((p): p is number => p !== null);
    expect(known.length).toBeGreaterThan(3);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(ascending.slice(known.length).every((p) => p === null)).toBe(true);

    // Needs attention only: Liam (missed days) and Hannah (worse next morning), not Maya.
    await page.getByTestId('needs-attention').check();
    await expect(page).toHaveURL(/attention=1/);
    await expect(roster).toContainText('Liam O');
    await expect(roster).toContainText('Hannah Müller');
    await expect(roster).not.toContainText('Maya Thompson');
    for (const row of await roster.locator('tbody tr').all())
      await expect(row.locator('rh-signal-chips .chip').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await roster.getByRole('link', { name: "Liam O'Connor" }).click();
    await expect(
      page.getByRole('heading', { name: "Liam O'Connor" }),
    ).toBeVisible();
    const done = page.getByTestId('sessions-done');
    await expect(done).toHaveText(/^\d+ of \d+ due$/);
    const [completed, due] = ((await done.textContent()) ?? '')
      .match(/\d+/g)
      ?.map(Number) as [number, number];
    // His own report of being ill waits for the coach.
    await expect(page.getByTestId('pending-excuses')).toContainText('Ill');

    // Yesterday (his time zone) was missed: excuse it as travel.
    const yesterday = localDay('Europe/Dublin', -1);
    const day = page.locator(
      `[data-testid="heat-map"] [data-date="${yesterday}"]`,
    );
    await expect(day).toHaveAttribute('aria-label', /missed, 0 of 1 sessions/);
    await day.click();
    const panel = page.getByTestId('day-panel');
    await panel.getByLabel('Reason').selectOption('TRAVEL');
    await panel.getByLabel('Note (optional)').fill('Work trip');
    await panel.getByRole('button', { name: 'Mark excused' }).click();
    await expect(page.getByTestId('compliance-notice')).toContainText(
      'is excused: it no longer counts against adherence',
    );
    await expect(done).toHaveText(`${completed} of ${due - 1} due`);
    await expect(day).toHaveAttribute('aria-label', /excused \(Travelling\)/);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'runner-compliance');

    // The CSV: one row per day; its sums are the page's figures, the excused day named.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    const csv = readFileSync(await csvDownload.path(), 'utf8').replace(
      /^\uFEFF/,
      '',
    );
    const lines = csv.trim().split('\r\n');
    const header = lines.indexOf(
      'Date,Due,Completed,Excused,Pain before,Pain after,Next morning,Effort',
    );
    expect(header).toBeGreaterThan(0);
    const dayRows = lines
      .slice(header + 1)
      .filter((l) => /^\d{4}-\d{2}-\d{2},/.test(l))
      .map((l) => l.split(','));
    expect(dayRows).toHaveLength(28);
    const sum = (column: number) =>
      dayRows.reduce((n, r) => n + Number(r[column]), 0);
    expect(sum(1)).toBe(due - 1);
    expect(sum(2)).toBe(completed);
    expect(dayRows.find((r) => r[0] === yesterday)?.slice(0, 4)).toEqual([
      yesterday,
      '0',
      '0',
      'Travelling',
    ]);

    // The PDF says the same figures.
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-pdf').click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toMatch(
      /^rehabit-liam-o-connor-.*\.pdf$/,
    );
    const text = pdfText(await pdfDownload.path());
    expect(text).toContain("Rehabit compliance report: Liam O'Connor");
    expect(text).toContain(`Sessions: ${completed} of ${due - 1} due`);
    expect(text).toMatch(new RegExp(`${yesterday}\\s+0\\s+0\\s+Travelling`));
  });

  test('a runner reports a day off and the coach confirms it; the coach comments and the runner reads it', async ({
    browser,
  }) => {
    const runner = await (await browser.newContext()).newPage();
    await runner.goto('/sign-in');
    await runner.getByLabel('Email').fill('maya@runner.example');
    await runner.getByLabel('Password').fill(COACH.password);
    await runner.getByRole('button', { name: 'Sign in' }).click();
    await expect(runner).toHaveURL(/\/today$/);
    await runner
      .getByRole('button', {
        name: 'Report a day off (ill, travelling, racing)',
      })
      .click();
    await runner.getByLabel('Why').selectOption('TRAVEL');
    await runner
      .getByLabel('A word for your coach (optional)')
      .fill('Flying to Lisbon');
    await runner.getByRole('button', { name: 'Tell my coach' }).click();
    await expect(
      runner.getByRole('status').filter({ hasText: 'Your coach will see' }),
    ).toBeVisible();
    await expect(runner.getByTestId('reported-day')).toContainText(
      'Travelling · waiting for your coach',
    );
    await expectNoSeriousA11yViolations(runner);

    const coach = await (await browser.newContext()).newPage();
    await coach.goto('/sign-in');
    await coach.getByLabel('Email').fill(COACH.email);
    await coach.getByLabel('Password').fill(COACH.password);
    await coach.getByRole('button', { name: 'Sign in' }).click();
    await coach
      .getByTestId('roster')
      .getByRole('link', { name: 'Maya Thompson' })
      .click();
    const reported = coach.getByTestId('pending-excuses');
    await expect(reported).toContainText('Travelling “Flying to Lisbon”');
    await reported.getByRole('button', { name: /^Confirm/ }).click();
    await expect(coach.getByTestId('compliance-notice')).toContainText(
      'confirmed as excused',
    );
    await expect(reported).toHaveCount(0);

    const logs = coach.getByTestId('recent-logs');
    await logs
      .getByRole('button', { name: /^Comment on / })
      .first()
      .click();
    await logs
      .getByLabel(/^Your comment on /)
      .fill('Lovely steady holds this week.');
    await logs.getByRole('button', { name: 'Save comment' }).click();
    await expect(logs).toContainText(
      'You commented: “Lovely steady holds this week.”',
    );
    await expectNoSeriousA11yViolations(coach);

    await runner.reload();
    await expect(runner.getByTestId('reported-day')).toContainText(
      'Travelling · confirmed by your coach',
    );
    await runner.getByRole('link', { name: /My progress/ }).click();
    await expect(runner.getByTestId('coach-notes')).toContainText(
      '“Lovely steady holds this week.”',
    );
    await expectNoSeriousA11yViolations(runner);
  });

  test('an admin sees compliance per coach and overall', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('priya.shah@riverside.example');
    await page.getByLabel('Password').fill(COACH.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Compliance' }).click();
    const table = page.getByTestId('clinic-report');
    await expect(table).toContainText('Sam Okafor');
    await expect(table).toContainText('Jordan Lee');
    await expect(table.locator('tfoot')).toContainText('All coaches');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'clinic-compliance');
  });
});
