import type { Routes } from '@angular/router';
import { RosterPage } from './roster-page';

export const rosterRoutes: Routes = [
  { path: '', component: RosterPage, title: 'Runners · Rehabit' },
];
