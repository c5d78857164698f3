import type { Routes } from '@angular/router';
import { TeamPage } from './team-page';

export const teamRoutes: Routes = [
  { path: '', component: TeamPage, title: 'Team · Rehabit' },
];
