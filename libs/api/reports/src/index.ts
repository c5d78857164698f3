export * from './lib/reports.module';
export * from './lib/reports.resolver';
export * from './lib/reports.service';
export * from './lib/adherence-facts.sql';
export * from './lib/report-queries';
export * from './lib/figures';
export * from './lib/kept-days';
