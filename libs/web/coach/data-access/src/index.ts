export * from './lib/exercise-library.api';
export * from './lib/exercise-library.queries';
export * from './lib/roster.queries';
