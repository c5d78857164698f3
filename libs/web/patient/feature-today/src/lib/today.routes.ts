import type { Routes } from '@angular/router';
import { SessionPage } from './session-page';
import { TodayPage } from './today-page';

export const todayRoutes: Routes = [
  { path: '', component: TodayPage, title: 'Today · Rehabit' },
  {
    path: 'session/:prescriptionId/:date/:slot',
    component: SessionPage,
    title: 'Session · Rehabit',
  },
];
