import type { Route } from '@angular/router';

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'exercises' },
  {
    path: 'exercises',
    loadChildren: () =>
      import('@rehabit/web-coach-feature-exercise-library').then(
        (m) => m.exerciseLibraryRoutes,
      ),
  },
  { path: '**', redirectTo: 'exercises' },
];
