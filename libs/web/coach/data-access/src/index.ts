export * from './lib/exercise-library.api';
export * from './lib/exercise-library.queries';
