export * from './lib/web-coach-feature-exercise-library/web-coach-feature-exercise-library';
