import { Module } from '@nestjs/common';
import { ClinicSetupService } from './clinic-setup.service';
import { PasswordResetService } from './password-reset.service';
import { StaffService } from './staff.service';
import { RunnersResolver } from './runners.resolver';
import { RunnersService } from './runners.service';

@Module({
  providers: [
    RunnersService,
    ClinicSetupService,
    PasswordResetService,
    StaffService,
    RunnersResolver,
  ],
})
export class RunnersModule {}
