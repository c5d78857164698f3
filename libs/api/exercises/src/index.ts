export * from './lib/exercises.module';
export * from './lib/exercises.resolver';
export { BUILT_IN_EXERCISES } from './lib/built-in/built-in-exercises';
