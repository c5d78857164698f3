import type { Routes } from '@angular/router';
import { ClinicReportPage } from './clinic-report-page';

export const clinicReportRoutes: Routes = [
  {
    path: '',
    component: ClinicReportPage,
    title: 'Clinic compliance · Rehabit',
  },
];
