import {
  ApplicationConfig,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideServiceWorker } from '@angular/service-worker';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideGraphql } from '@rehabit/web-shared-data-access';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideAppInitializer(yieldToMainThread),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideGraphql(),
    // The installable, offline-capable app: shell and code cached by the service
    // worker; the runner's plan and unsent sessions kept in IndexedDB.
    provideServiceWorker('ngsw-worker.js', {
      enabled: !isDevMode(),
      registrationStrategy: 'registerWhenStable:30000',
    }),
  ],
};

/**
 * Angular waits for its initializers before it creates the app: one that resolves in a
 * new task splits the start into two shorter tasks (the injectors, then the first
 * render), so a slow phone answers a tap in between instead of freezing for the whole.
 */
function yieldToMainThread(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
