import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { workspaceRoot } from '@nx/devkit';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core against WCAG 2.2 AA (and the 2.0/2.1 rules it builds on) and fails
 * on any serious or critical violation, listing them by rule and element.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/** Saves a full-page screenshot of a key screen where the CI log can point to it. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(workspaceRoot, 'dist/e2e-screenshots', `${name}.png`),
    fullPage: true,
  });
}
