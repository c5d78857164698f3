export * from './lib/program.model';
export * from './lib/program-rows';
export * from './lib/stop-prescriptions';
