import { expect, type Page } from '@playwright/test';

/**
 * The runner's Today drawn in full: the week and the day-off card come last, once the
 * page is idle (`@defer (on idle)`), so a check of the whole page (axe) waits for them.
 */
export async function expectTodayDrawn(page: Page): Promise<void> {
  await expect(page.getByTestId('week').getByRole('listitem')).toHaveCount(7);
  await expect(
    page.getByRole('heading', { name: 'Can’t train?' }),
  ).toBeVisible();
}
