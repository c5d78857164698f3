export * from './lib/today.queries';
export * from './lib/offline-store';
export * from './lib/session-sync';
export * from './lib/today-api';
