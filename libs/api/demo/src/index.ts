export * from './lib/demo.module';
export * from './lib/demo-data.loader';
export * from './lib/demo-clinic';
export * from './lib/demo-id';
