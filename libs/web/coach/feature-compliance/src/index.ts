export * from './lib/clinic-report.routes';
