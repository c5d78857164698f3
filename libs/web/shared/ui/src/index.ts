export * from './lib/issued-link';
export * from './lib/form-errors';
export * from './lib/dose-fields';
export * from './lib/exercise-media';
export * from './lib/reassign-runner-dialog';
