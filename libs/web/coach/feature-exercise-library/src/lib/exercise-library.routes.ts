import type { Routes } from '@angular/router';
import { ExerciseDetailPage } from './detail-page/exercise-detail-page';
import { ExerciseLibraryPage } from './library-page/exercise-library-page';

export const exerciseLibraryRoutes: Routes = [
  {
    path: '',
    component: ExerciseLibraryPage,
    title: 'Exercise library · Rehabit',
  },
  { path: ':id', component: ExerciseDetailPage, title: 'Exercise · Rehabit' },
];
