export * from './lib/issued-link';
export * from './lib/form-errors';
