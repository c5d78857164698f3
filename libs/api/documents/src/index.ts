export * from './lib/report-table';
export * from './lib/csv';
export * from './lib/pdf';
