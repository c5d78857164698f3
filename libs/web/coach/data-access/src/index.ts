export * from './lib/web-coach-data-access/web-coach-data-access';
