export * from './lib/exercise.model';
export * from './lib/exercise.mapper';
