export * from './lib/today.queries';
