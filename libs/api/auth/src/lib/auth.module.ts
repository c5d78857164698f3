import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import { PrismaService } from '@rehabit/api-db';
import { AccessGuard } from './access';
import { createAuth } from './auth-instance';
import { resolveAuthSecret } from './auth-secret';
import { AUTH } from './auth.tokens';
import { SignInLockout } from './sign-in-lockout';
import { ViewerService } from './viewer.service';

export function publicUrlOf(config: AppConfig): string {
  return (
    config.PUBLIC_URL ??
    `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`
  );
}

/**
 * Origins whose pages may sign in. With PUBLIC_URL set, that one only; without it
 * (a local start), the server's own address by either loopback name.
 */
export function trustedOriginsOf(config: AppConfig): string[] {
  if (config.PUBLIC_URL) return [new URL(config.PUBLIC_URL).origin];
  return [
    publicUrlOf(config),
    `http://localhost:${config.PORT}`,
    `http://127.0.0.1:${config.PORT}`,
  ];
}

@Global()
@Module({
  providers: [
    SignInLockout,
    ViewerService,
    AccessGuard,
    {
      provide: AUTH,
      inject: [APP_CONFIG, PrismaService, SignInLockout, AuditLog],
      useFactory: (
        config: AppConfig,
        prisma: PrismaService,
        lockout: SignInLockout,
        audit: AuditLog,
      ) =>
        createAuth({
          prisma: prisma.client,
          lockout,
          secret: resolveAuthSecret(
            config.AUTH_SECRET,
            config.AUTH_SECRET_FILE,
          ),
          baseURL: publicUrlOf(config),
          trustedOrigins: trustedOriginsOf(config),
          signInLimitPerHour: config.SIGN_IN_LIMIT_PER_HOUR,
          onSignIn: ({ userId, outcome }) =>
            audit.record({
              actorUserId: userId,
              action: 'auth.sign-in',
              outcome,
            }),
        }),
    },
  ],
  exports: [AUTH, SignInLockout, ViewerService, AccessGuard],
})
export class AuthModule {}
