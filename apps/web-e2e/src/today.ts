import { expect, type Page } from '@playwright/test';

/**
 * The runner's Today drawn in full: its day-off card comes last, once the page is idle
 * (`@defer (on idle)`), so a check of the whole page (axe) waits for it.
 */
export async function expectTodayDrawn(page: Page): Promise<void> {
  await expect(
    page.getByRole('heading', { name: 'Can’t train?' }),
  ).toBeVisible();
}
