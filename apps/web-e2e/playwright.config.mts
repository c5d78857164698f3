import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';

const port = Number(process.env['E2E_PORT'] ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's chromium (apt-get install chromium); `playwright install` is never run.
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// The journeys run the built API serving the built web app, on an embedded database of
// their own (a fresh folder each run), loaded with the demo clinic.
const pgliteDir = mkdtempSync(join(tmpdir(), 'rehabit-e2e-'));

export default defineConfig({
  ...nxE2EPreset(import.meta.dirname, { testDir: './src' }),
  retries: 0,
  // The longest journeys visit a dozen pages with axe on each: about 12 s on a quiet
  // host, over 30 s when the shared CI host runs at half speed (seen on 2026-11-27, on
  // a commit that had passed the day before). A journey that hangs still fails.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node dist/apps/api/main.js',
    url: `${baseURL}/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    cwd: workspaceRoot,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DATABASE_URL: '',
      PGLITE_DIR: pgliteDir,
      DEMO_DATA: 'auto',
      LOG_LEVEL: 'warn',
      // Every journey's browser comes from this one address.
      GRAPHQL_LIMIT_PER_MINUTE: '100000',
    },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            // Stop Chromium's own lookups (update and account services).
            '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
          ],
        },
      },
    },
  ],
});
