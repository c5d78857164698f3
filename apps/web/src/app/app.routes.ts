import type { Route } from '@angular/router';
import { roleGuard } from '@rehabit/web-shared-data-access';

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'exercises' },
  {
    path: 'exercises',
    loadChildren: () =>
      import('@rehabit/web-coach-feature-exercise-library').then(
        (m) => m.exerciseLibraryRoutes,
      ),
  },
  {
    path: 'sign-in',
    loadChildren: () =>
      import('@rehabit/web-shared-feature-auth').then((m) => m.signInRoutes),
  },
  {
    path: 'join',
    loadChildren: () =>
      import('@rehabit/web-shared-feature-auth').then((m) => m.joinRoutes),
  },
  {
    path: 'setup',
    loadChildren: () =>
      import('@rehabit/web-shared-feature-auth').then((m) => m.setupRoutes),
  },
  {
    path: 'welcome',
    loadChildren: () =>
      import('@rehabit/web-shared-feature-auth').then((m) => m.welcomeRoutes),
  },
  {
    path: 'reset',
    loadChildren: () =>
      import('@rehabit/web-shared-feature-auth').then((m) => m.resetRoutes),
  },
  {
    path: 'forgot-password',
    loadChildren: () =>
      import('@rehabit/web-shared-feature-auth').then(
        (m) => m.forgotPasswordRoutes,
      ),
  },
  {
    path: 'team',
    canActivate: [roleGuard('admin')],
    loadChildren: () =>
      import('@rehabit/web-admin-feature-team').then((m) => m.teamRoutes),
  },
  {
    path: 'compliance',
    canActivate: [roleGuard('admin')],
    loadChildren: () =>
      import('@rehabit/web-coach-feature-compliance').then(
        (m) => m.clinicReportRoutes,
      ),
  },
  {
    path: 'templates',
    canActivate: [roleGuard('coach', 'admin')],
    loadChildren: () =>
      import('@rehabit/web-coach-feature-programs').then(
        (m) => m.templateRoutes,
      ),
  },
  {
    path: 'runners',
    canActivate: [roleGuard('coach', 'admin')],
    loadChildren: () =>
      import('@rehabit/web-coach-feature-programs').then((m) => m.runnerRoutes),
  },
  {
    path: 'roster',
    canActivate: [roleGuard('coach', 'admin')],
    loadChildren: () =>
      import('@rehabit/web-coach-feature-roster').then((m) => m.rosterRoutes),
  },
  {
    path: 'today',
    canActivate: [roleGuard('runner')],
    loadChildren: () =>
      import('@rehabit/web-patient-feature-today').then((m) => m.todayRoutes),
  },
  { path: '**', redirectTo: 'exercises' },
];
