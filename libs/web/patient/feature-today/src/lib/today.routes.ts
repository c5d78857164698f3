import type { Routes } from '@angular/router';
import { TodayPage } from './today-page';

export const todayRoutes: Routes = [
  { path: '', component: TodayPage, title: 'Today · Rehabit' },
];
