import { Module } from '@nestjs/common';
import { ClinicSetupService } from './clinic-setup.service';
import { PasswordResetService } from './password-reset.service';
import { RunnersResolver } from './runners.resolver';
import { RunnersService } from './runners.service';

@Module({
  providers: [
    RunnersService,
    ClinicSetupService,
    PasswordResetService,
    RunnersResolver,
  ],
})
export class RunnersModule {}
