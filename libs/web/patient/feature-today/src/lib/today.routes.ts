import type { Routes } from '@angular/router';
import { ProgressPage } from './progress-page';
import { SessionPage } from './session-page';
import { TodayPage } from './today-page';

export const todayRoutes: Routes = [
  { path: '', component: TodayPage, title: 'Today · Rehabit' },
  { path: 'progress', component: ProgressPage, title: 'My progress · Rehabit' },
  {
    path: 'session/:prescriptionId/:date/:slot',
    component: SessionPage,
    title: 'Session · Rehabit',
  },
];
