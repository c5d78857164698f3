export * from './lib/team.routes';
