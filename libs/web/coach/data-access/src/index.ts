export * from './lib/exercise-library.api';
export * from './lib/exercise-library.queries';
export * from './lib/roster.queries';
export * from './lib/staff.queries';
export * from './lib/account-actions';
export * from './lib/programs.queries';
export * from './lib/program-draft';
export * from './lib/runner-admin';
