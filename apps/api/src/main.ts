import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  ConfigError,
  loadConfig,
  LOGGER,
  PinoNestLogger,
  type AppConfig,
} from '@rehabit/api-core';
import { DemoDataLoader } from '@rehabit/api-demo';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { writeSchema } from './app/write-schema';

function readConfig(): AppConfig {
  try {
    const config = loadConfig();
    // `--demo` asks for the demo clinic on PostgreSQL too (never over existing data).
    return process.argv.includes('--demo')
      ? { ...config, DEMO_DATA: 'yes' }
      : config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nThe API was not started.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

async function bootstrap(): Promise<void> {
  const config = readConfig();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config),
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  const logger = new PinoNestLogger(app.get(LOGGER));
  app.useLogger(logger);
  configureApp(app);
  app.enableShutdownHooks();
  await app.init();
  await app.get(DemoDataLoader).loadIfWanted();
  await app.listen(config.PORT, config.HOST);

  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}/`;
  logger.log(`Rehabit is running at ${url}`);
  process.stdout.write(`\n  Rehabit is running at ${url}\n\n`);

  // A hard stop if draining in-flight requests takes longer than the grace period.
  process.once('SIGTERM', () =>
    setTimeout(() => process.exit(1), config.SHUTDOWN_GRACE_MS).unref(),
  );
}

const schemaFlag = process.argv.indexOf('--write-schema');
if (schemaFlag >= 0) {
  const file = process.argv[schemaFlag + 1] ?? 'apps/api/schema.graphql';
  writeSchema(file).then(
    () => process.stdout.write(`schema written to ${file}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
} else {
  void bootstrap();
}
