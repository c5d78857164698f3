export * from './lib/program.model';
export * from './lib/program-rows';
