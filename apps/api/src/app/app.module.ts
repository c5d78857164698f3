import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  DynamicModule,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import {
  APP_CONFIG,
  GraphqlExceptionFilter,
  currentRequestId,
  describeError,
  formatGraphqlError,
  graphqlProtection,
  createLogger,
  LOGGER,
  inputGuardPlugin,
  type AppConfig,
} from '@rehabit/api-core';
import { AuditModule } from '@rehabit/api-audit';
import {
  AccessGuard,
  AuthModule,
  requestBudgetPlugin,
  ViewerService,
} from '@rehabit/api-auth';
import { DbModule } from '@rehabit/api-db';
import { DemoModule } from '@rehabit/api-demo';
import { ExercisesModule } from '@rehabit/api-exercises';
import { HealthModule } from '@rehabit/api-health';
import { ProgramsModule } from '@rehabit/api-programs';
import { ReportsModule } from '@rehabit/api-reports';
import { RunnerRightsModule } from '@rehabit/api-runner-rights';
import { SessionsModule } from '@rehabit/api-sessions';
import { MailModule } from '@rehabit/api-mail';
import { RunnersModule } from '@rehabit/api-runners';
import { WebAppModule } from './web-app.module';

function graphqlOptions(
  config: AppConfig,
  viewers: ViewerService,
): ApolloDriverConfig {
  const log = new Logger('GraphQL');
  const development = config.NODE_ENV === 'development';
  const protection = graphqlProtection();
  return {
    driver: ApolloDriver,
    // The committed schema.graphql is written by `npm run schema:write`, not at start.
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    // The request reaches guards and resolvers, which read the session from its cookie.
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    // Set explicitly: Apollo's defaults depend on NODE_ENV and would open these in
    // any deployment that forgot to set it.
    introspection: development,
    playground: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [
      ...protection.plugins,
      requestBudgetPlugin(
        (req, res, spend) => viewers.admitOperation(req, res, spend),
        config.GRAPHQL_LIMIT_PER_MINUTE,
      ),
      inputGuardPlugin(),
    ],
    validationRules: protection.validationRules,
    formatError: (formatted, error) =>
      formatGraphqlError(
        formatted,
        error,
        currentRequestId(),
        (cause, correlationId) =>
          log.error(
            { correlationId, error: describeError(cause) },
            'internal error in a GraphQL operation',
          ),
      ),
  };
}

function webAppModules(config: AppConfig): DynamicModule[] {
  // Built Angular app: dist/apps/web/browser beside dist/apps/api (override: WEB_DIST).
  const webDist = config.WEB_DIST ?? join(__dirname, '..', 'web', 'browser');
  if (!existsSync(join(webDist, 'index.html'))) {
    if (config.LOG_LEVEL !== 'silent')
      new Logger('WebApp').warn(
        `no built web app at ${webDist}: serving the API only`,
      );
    return [];
  }
  return [WebAppModule.serving(webDist)];
}

@Module({})
export class AppModule implements OnApplicationShutdown {
  /** Runs last on SIGTERM, after the HTTP server stopped taking requests and the database closed. */
  onApplicationShutdown(signal?: string): void {
    // Only a signal stops the server; a plain close() is a test tearing down.
    if (!signal) return;
    // Written directly (stdout to a pipe is synchronous): the process is about to
    // re-raise the signal, and a line queued in the logger could be lost.
    const line = {
      level: 30,
      time: Date.now(),
      context: 'Shutdown',
      msg: `stopped cleanly on ${signal}`,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        DbModule.forRoot({
          databaseUrl: config.DATABASE_URL,
          pgliteDir: config.PGLITE_DIR,
          countStatements: config.NODE_ENV === 'test',
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ViewerService],
          useFactory: (viewers: ViewerService) =>
            graphqlOptions(config, viewers),
        }),
        AuditModule,
        AuthModule,
        MailModule,
        HealthModule,
        ExercisesModule,
        RunnersModule,
        ProgramsModule,
        SessionsModule,
        ReportsModule,
        RunnerRightsModule,
        DemoModule,
        ...webAppModules(config),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: createLogger(config) },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        // Every GraphQL operation and guarded field passes this gate (fails closed).
        { provide: APP_GUARD, useExisting: AccessGuard },
      ],
      exports: [APP_CONFIG, LOGGER],
    };
  }
}
