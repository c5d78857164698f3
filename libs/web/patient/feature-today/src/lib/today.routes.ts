import type { Routes } from '@angular/router';
import { TodayPage } from './today-page';

// Today is what a runner opens every day; the progress charts and the guided session
// are loaded when asked for, so opening Today does not wait for their code.
export const todayRoutes: Routes = [
  { path: '', component: TodayPage, title: 'Today · Rehabit' },
  {
    path: 'progress',
    loadComponent: () => import('./progress-page').then((m) => m.ProgressPage),
    title: 'My progress · Rehabit',
  },
  {
    path: 'session/:prescriptionId/:date/:slot',
    loadComponent: () => import('./session-page').then((m) => m.SessionPage),
    title: 'Session · Rehabit',
  },
];
