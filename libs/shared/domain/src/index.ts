export * from './lib/enums';
export * from './lib/dose';
export * from './lib/dose-format';
export * from './lib/dose-validation';
export * from './lib/field-error';
export * from './lib/paging';
export * from './lib/local-date';
export * from './lib/password-policy';
