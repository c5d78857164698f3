import { expect, request, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, saveScreenshot } from './accessibility';
import { expectTodayDrawn } from './today';

const PASSWORD = 'rehabit-demo-clinic';
const RUNNER = { email: 'kenji@runner.example', password: PASSWORD };
const ROUTINE = `Quick holds ${Date.now()}`;

/** GraphQL as a signed-in person, through the same endpoints the app uses. */
async function signedIn(baseURL: string, email: string) {
  const api = await request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL },
  });
  const res = await api.post('/api/auth/sign-in/email', {
    data: { email, password: PASSWORD },
  });
  expect(res.status()).toBe(200);
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const answer = await api.post('/graphql', { data: { query, variables } });
    const body = (await answer.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
}

const ex = async (gql: Awaited<ReturnType<typeof signedIn>>, search: string) =>
  (
    await gql<{ exercises: { items: { id: string }[] } }>(
      'query ($s: String) { exercises(filter: { search: $s }) { items { id } } }',
      { s: search },
    )
  ).exercises.items[0]?.id;

/**
 * Kenji's coach prescribes a short routine (3 s holds, three times a day) from yesterday,
 * so that today has three sessions whatever the time zone of the machine.
 */
test.beforeAll(async ({ baseURL }) => {
  const gql = await signedIn(baseURL as string, 'jordan.lee@riverside.example');
  const dose = {
    holdSeconds: 3,
    reps: 1,
    sets: 1,
    side: 'EACH_SIDE',
    restSeconds: 0,
    timesPerDay: 3,
    daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
    intensity: null,
    load: null,
  };
  const template = await gql<{ createTemplate: { id: string } }>(
    'mutation ($i: TemplateInput!) { createTemplate(input: $i) { id } }',
    {
      i: {
        name: ROUTINE,
        phases: [
          {
            name: 'All',
            startWeek: 1,
            endWeek: null,
            items: [
              { exerciseId: await ex(gql, 'supine figure-four'), dose },
              {
                exerciseId: await ex(gql, 'glute bridge'),
                dose: {
                  ...dose,
                  holdSeconds: null,
                  reps: 5,
                  side: 'BILATERAL',
                },
              },
            ],
          },
        ],
      },
    },
  );
  const roster = await gql<{
    runners: { items: { id: string; email: string }[] };
  }>('{ runners(page: { size: 100 }) { items { id email } } }');
  const kenji = roster.runners.items.find((r) => r.email === RUNNER.email);
  const yesterday = new Date(Date.now() - 86_400_000)
    .toISOString()
    .slice(0, 10);
  await gql(
    'mutation ($i: PrescribeInput!) { prescribeTemplate(input: $i) { id } }',
    {
      i: {
        templateId: template.createTemplate.id,
        runnerIds: [kenji?.id],
        startDate: yesterday,
      },
    },
  );
});

test.use({ viewport: { width: 360, height: 640 } });

/** Picks an answer on a 0–10 scale of the finish form. */
async function answer(
  page: Page,
  scale: 'Pain before' | 'Pain after' | 'Effort',
  value: number,
): Promise<void> {
  await page
    .getByTestId('finish-form')
    .getByRole('group', { name: new RegExp(scale) })
    .getByLabel(String(value), { exact: true })
    .check();
}

async function signInAsRunner(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(RUNNER.email);
  await page.getByLabel('Password').fill(RUNNER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/today$/);
}

test.describe.serial('the runner’s session', () => {
  test('a runner does a guided 2-exercise session with 3 s holds, reports pain, and Today shows it done', async ({
    page,
  }) => {
    // The holds run in real time (about 20 s of timers): on a loaded 2-core CI machine
    // the default 30 s is too tight, so this journey gets three times as long.
    test.slow();
    await signInAsRunner(page);
    const card = page
      .getByTestId('today-session')
      .filter({ hasText: ROUTINE })
      .first();
    await expect(card).toContainText('session 1 of 3');
    await expectTodayDrawn(page);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'runner-today');
    await card.getByRole('link', { name: /Start session/ }).click();

    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'Sound on' }).click(); // quiet in CI
    await expect(page.getByTestId('exercise-name')).toHaveText(
      'Supine figure-four stretch',
    );
    await expect(page.getByTestId('step-words')).toHaveText(/Get ready/);
    await expect(page.getByTestId('step-words')).toHaveText(
      /Hold · left side/,
      {
        timeout: 8_000,
      },
    );
    await expect(page.getByTestId('countdown')).toHaveText(/^\s*[1-3]\s*$/);
    await saveScreenshot(page, 'runner-mid-hold');
    await expectNoSeriousA11yViolations(page);
    await expect(page.getByTestId('step-words')).toHaveText(
      /Switch to the right side/,
      {
        timeout: 8_000,
      },
    );
    await expect(page.getByTestId('step-words')).toHaveText(
      /Hold · right side/,
      {
        timeout: 8_000,
      },
    );
    await expect(page.getByTestId('exercise-name')).toHaveText('Glute bridge', {
      timeout: 8_000,
    });
    await expect(page.getByTestId('step-words')).toHaveText(
      /5 reps · set 1 of 1/,
      {
        timeout: 8_000,
      },
    );
    await page.getByRole('button', { name: 'Done' }).click();

    await expect(page.getByTestId('finish-form')).toBeVisible();
    await answer(page, 'Pain before', 3);
    await answer(page, 'Pain after', 3);
    await answer(page, 'Effort', 4);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'runner-finish');
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect(page.getByTestId('saved-message')).toBeVisible();

    await page.getByRole('link', { name: 'Back to Today' }).click();
    const done = page
      .getByTestId('today-session')
      .filter({ hasText: ROUTINE })
      .first();
    await expect(done.getByTestId('session-state')).toHaveText('Done ✓');

    await page.getByRole('link', { name: /My progress/ }).click();
    await expect(
      page.getByRole('heading', { name: 'My progress' }),
    ).toBeVisible();
    await expect(page.getByTestId('weeks').locator('li')).toHaveCount(4);
    await expect(
      page.getByRole('img', { name: /Pain after sessions/ }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a pain answer of 8 tells the runner to stop and contact their clinician, and flags it for the coach', async ({
    page,
    browser,
    baseURL,
  }) => {
    await signInAsRunner(page);
    const card = page
      .getByTestId('today-session')
      .filter({ hasText: ROUTINE })
      .filter({ hasText: 'session 2 of 3' });
    await card.getByRole('link', { name: /Start session/ }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'Sound on' }).click();
    await page.getByRole('button', { name: 'Skip exercise' }).click();
    await page.getByRole('button', { name: 'Pain' }).click();
    await page
      .getByTestId('pain-now')
      .getByRole('button', { name: '7' })
      .click();
    await expect(page.getByTestId('exercise-name')).toHaveText('Glute bridge');
    await expect(page.getByRole('button', { name: 'Done' })).toBeVisible({
      timeout: 8_000,
    });
    await page.getByRole('button', { name: 'Done' }).click();

    await answer(page, 'Pain before', 4);
    await answer(page, 'Pain after', 8);
    await expect(page.getByTestId('stop-message')).toContainText(
      'Stop the exercises and contact your clinician',
    );
    await answer(page, 'Effort', 5);
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect(
      page.getByRole('heading', { name: 'Session saved' }),
    ).toBeVisible();
    await expect(page.getByTestId('stop-message')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Within 24 hours the runner can correct an answer: a new revision, the first kept.
    await page.getByRole('link', { name: 'Back to Today' }).click();
    await page
      .getByRole('button', { name: 'Correct my answers for session 2' })
      .click();
    await page.getByLabel('Pain after').selectOption('5');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await expect(page.getByText('Your correction is saved')).toBeVisible();
    await expect(page.getByText(/pain 4 before, 5 after/)).toBeVisible();

    // The coach sees the flag on the runner's page.
    const coachContext = await browser.newContext({ baseURL });
    const coach = await coachContext.newPage();
    await coach.goto('/sign-in');
    await coach.getByLabel('Email').fill('jordan.lee@riverside.example');
    await coach.getByLabel('Password').fill(PASSWORD);
    await coach.getByRole('button', { name: 'Sign in' }).click();
    await coach.getByRole('link', { name: 'Kenji Watanabe' }).click();
    await expect(coach.getByTestId('recent-logs')).toContainText(
      'Told to stop and contact you',
    );
    await expectNoSeriousA11yViolations(coach);
    await coachContext.close();
  });

  test('offline: a session finished with the network cut is kept on the phone, survives a reload, and syncs once the network returns', async ({
    page,
    context,
    baseURL,
  }) => {
    await signInAsRunner(page);
    // The installed app: the service worker has cached the shell.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const card = page
      .getByTestId('today-session')
      .filter({ hasText: ROUTINE })
      .filter({ hasText: 'session 3 of 3' });
    await card.getByRole('link', { name: /Start session/ }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'Sound on' }).click();

    // The network goes: every request fails, the service worker's included.
    await context.route('**/*', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Skip exercise' }).click();
    await page.getByRole('button', { name: 'No time' }).click();
    await expect(page.getByRole('button', { name: 'Done' })).toBeVisible({
      timeout: 8_000,
    });
    await page.getByRole('button', { name: 'Done' }).click();
    await answer(page, 'Pain before', 2);
    await answer(page, 'Pain after', 2);
    await answer(page, 'Effort', 3);
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect(page.getByTestId('sync-state')).toContainText(
      'Saved on this phone, will sync',
    );

    // Still offline, the app reloads from the phone and still shows it.
    await page.goto('/today');
    await expect(page.getByTestId('offline-banner')).toBeVisible();
    const kept = page
      .getByTestId('today-session')
      .filter({ hasText: ROUTINE })
      .filter({ hasText: 'session 3 of 3' });
    await expect(kept.getByTestId('session-state')).toContainText(
      'saved on this phone, will sync',
    );
    await expectTodayDrawn(page);
    await expectNoSeriousA11yViolations(page);
    await page.close();

    // The network returns; the app is opened again and sends it, once.
    await context.unrouteAll();
    const again = await context.newPage();
    await again.goto('/today');
    const synced = again
      .getByTestId('today-session')
      .filter({ hasText: ROUTINE })
      .filter({ hasText: 'session 3 of 3' });
    await expect(synced.getByTestId('session-state')).toHaveText('Done ✓');
    await expect(again.getByTestId('offline-banner')).toHaveCount(0);

    // Exactly one log of that session reached the server.
    const gql = await signedIn(
      baseURL as string,
      'jordan.lee@riverside.example',
    );
    const runners = await gql<{
      runners: { items: { id: string; email: string }[] };
    }>('{ runners(page: { size: 100 }) { items { id email } } }');
    const kenji = runners.runners.items.find(
      (r) => r.email === RUNNER.email,
    )?.id;
    const plans = await gql<{
      runnerPrescriptions: { id: string; name: string }[];
    }>('query ($r: ID!) { runnerPrescriptions(runnerId: $r) { id name } }', {
      r: kenji,
    });
    const routine = plans.runnerPrescriptions.find(
      (p) => p.name === ROUTINE,
    )?.id;
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const logs = await gql<{
      sessionLogs: { prescriptionId: string; slot: number }[];
    }>(
      'query ($r: ID!, $f: String!, $t: String!) { sessionLogs(runnerId: $r, from: $f, to: $t) { prescriptionId slot } }',
      { r: kenji, f: day(-1), t: day(1) },
    );
    expect(
      logs.sessionLogs.filter(
        (l) => l.prescriptionId === routine && l.slot === 3,
      ),
    ).toHaveLength(1);
  });
});
