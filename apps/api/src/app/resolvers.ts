import { ExercisesResolver } from '@rehabit/api-exercises';
import {
  PrescriptionsResolver,
  TemplatesResolver,
} from '@rehabit/api-programs';
import { RunnersResolver } from '@rehabit/api-runners';
import { ReportsResolver } from '@rehabit/api-reports';
import { RunnerRightsResolver } from '@rehabit/api-runner-rights';
import { SessionsResolver } from '@rehabit/api-sessions';

/**
 * Every resolver of the API, for writing the schema without starting the server.
 * The integration test compares the running server's schema with the committed
 * file, so a resolver missing here fails the tests.
 */
export const RESOLVERS = [
  ExercisesResolver,
  RunnersResolver,
  TemplatesResolver,
  PrescriptionsResolver,
  SessionsResolver,
  ReportsResolver,
  RunnerRightsResolver,
];
