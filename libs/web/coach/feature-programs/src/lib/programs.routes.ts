import type { Routes } from '@angular/router';
import { ProgramSheetPage } from './program-sheet-page';
import { RunnerDetailPage } from './runner-detail-page';
import { TemplateBuilderPage } from './template-builder-page';
import { TemplatesPage } from './templates-page';

export const templateRoutes: Routes = [
  { path: '', component: TemplatesPage, title: 'Templates · Rehabit' },
  {
    path: 'new',
    component: TemplateBuilderPage,
    title: 'New template · Rehabit',
  },
  { path: ':id', component: TemplateBuilderPage, title: 'Template · Rehabit' },
];

export const runnerRoutes: Routes = [
  { path: ':runnerId', component: RunnerDetailPage, title: 'Runner · Rehabit' },
  {
    path: ':runnerId/sheet',
    component: ProgramSheetPage,
    title: 'Program sheet · Rehabit',
  },
];
