import type { Routes } from '@angular/router';
import { roleGuard } from '@rehabit/web-shared-data-access';
import { ExerciseDetailPage } from './detail-page/exercise-detail-page';
import { ExerciseFormPage } from './form-page/exercise-form-page';
import { ExerciseLibraryPage } from './library-page/exercise-library-page';

export const exerciseLibraryRoutes: Routes = [
  {
    path: '',
    component: ExerciseLibraryPage,
    title: 'Exercise library · Rehabit',
  },
  {
    path: 'new',
    component: ExerciseFormPage,
    canActivate: [roleGuard('coach', 'admin')],
    title: 'New exercise · Rehabit',
  },
  {
    path: ':id/edit',
    component: ExerciseFormPage,
    canActivate: [roleGuard('coach', 'admin')],
    title: 'Edit exercise · Rehabit',
  },
  { path: ':id', component: ExerciseDetailPage, title: 'Exercise · Rehabit' },
];
