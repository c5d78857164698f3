export * from './lib/exercise-library.routes';
