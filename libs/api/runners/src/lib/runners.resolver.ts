import {
  Args,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { PageInput, PageOf } from '@rehabit/api-core';
import {
  Access,
  CurrentViewer,
  SignInLockout,
  normalizeEmail,
  type Viewer,
} from '@rehabit/api-auth';
import { AuditLog } from '@rehabit/api-audit';
import { assertValid, NotFoundError } from '@rehabit/api-core';
import { PrismaService } from '@rehabit/api-db';
import { Mailer } from '@rehabit/api-mail';
import { ClinicSetupService } from './clinic-setup.service';
import { PasswordResetService } from './password-reset.service';
import { checkEmail } from './runner-input.validation';
import { StaffService } from './staff.service';
import {
  AcceptedInvitation,
  AcceptRunnerInvitationInput,
  AddRunnerInput,
  InviteCoachInput,
  Me,
  PasswordResetLink,
  ResetPasswordInput,
  RoleEnum,
  Runner,
  RunnerInvitationLink,
  SetupClinicInput,
  StaffAccount,
} from './runner.model';
import { RunnersService } from './runners.service';

@ObjectType()
export class RunnerPage extends PageOf(Runner, 'RunnerPage') {}

@Resolver(() => Runner)
export class RunnersResolver {
  constructor(
    private readonly runnerService: RunnersService,
    private readonly setupService: ClinicSetupService,
    private readonly prisma: PrismaService,
    private readonly lockout: SignInLockout,
    private readonly resets: PasswordResetService,
    private readonly staff: StaffService,
    private readonly audit: AuditLog,
    private readonly mailer: Mailer,
  ) {}

  @Access('public')
  @Query(() => Boolean, {
    description:
      'True when this server emails password links (SMTP is set up); otherwise a coach or admin hands one over.',
  })
  passwordResetByEmail(): boolean {
    return this.mailer.enabled;
  }

  @Access('public')
  @Mutation(() => Boolean, {
    description:
      'Forgot password: emails a reset link if the address has an account. The answer is the same either way; false means this server sends no email.',
  })
  requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    return this.resets.requestByEmail(email);
  }

  @Access(['admin'])
  @Query(() => [StaffAccount], {
    description: 'The clinic’s admins and coaches.',
  })
  staffMembers(@CurrentViewer() viewer: Viewer): Promise<StaffAccount[]> {
    return this.staff.list(viewer);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => PasswordResetLink, {
    description:
      'A link to set a new password, to hand over: an admin for anyone in the clinic, a coach for their own runners.',
  })
  createPasswordResetLink(
    @CurrentViewer() viewer: Viewer,
    @Args('email') email: string,
  ): Promise<PasswordResetLink> {
    return this.resets.createLink(viewer, email);
  }

  @Access('public')
  @Mutation(() => AcceptedInvitation, {
    description:
      'Sets a new password with a reset link; ends every session of the account.',
  })
  resetPassword(
    @Args('input') input: ResetPasswordInput,
  ): Promise<AcceptedInvitation> {
    return this.resets.reset(input.token, input.password);
  }

  @Access(['admin'])
  @Mutation(() => PasswordResetLink, {
    description:
      'Invites a coach to the clinic; returns their single-use link to choose a password.',
  })
  inviteCoach(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InviteCoachInput,
  ): Promise<PasswordResetLink> {
    return this.staff.inviteCoach(viewer, input);
  }

  @Access(['admin'])
  @Mutation(() => Boolean, {
    description:
      'Lets a member of the clinic locked out by failed sign-ins try again at once.',
  })
  async unlockAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('email') email: string,
  ): Promise<boolean> {
    const normalized = normalizeEmail(email ?? '');
    assertValid(checkEmail('email', normalized));
    const member = await this.prisma.client.member.findFirst({
      where: { organizationId: viewer.clinicId, user: { email: normalized } },
    });
    if (!member) throw new NotFoundError('Account');
    await this.prisma.client.$transaction(async (tx) => {
      const cleared = await this.lockout.unlock(email, tx);
      await this.audit.record(
        {
          actorUserId: viewer.userId,
          clinicId: viewer.clinicId,
          action: 'auth.unlock',
          outcome: 'SUCCESS',
          detail: { userId: member.userId, cleared },
        },
        tx,
      );
    });
    return true;
  }

  @Access(['admin', 'coach', 'runner'])
  @Query(() => Me, { description: 'The signed-in person and their clinic.' })
  async me(@CurrentViewer() viewer: Viewer): Promise<Me> {
    const clinic = await this.prisma.client.organization.findUniqueOrThrow({
      where: { id: viewer.clinicId },
    });
    return {
      ...viewer,
      role: viewer.role as RoleEnum,
      clinic: { id: clinic.id, name: clinic.name },
    };
  }

  @Access(['admin', 'coach'])
  @Query(() => RunnerPage, {
    description: 'A coach’s runners; all of the clinic’s for an admin.',
  })
  runners(
    @CurrentViewer() viewer: Viewer,
    @Args('page', { type: () => PageInput, nullable: true })
    page?: PageInput | null,
  ): Promise<RunnerPage> {
    return this.runnerService.list(viewer, page);
  }

  @Access(['admin', 'coach', 'runner'])
  @Query(() => Runner, {
    description: 'One runner; NOT_FOUND outside the caller’s scope.',
  })
  runner(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Runner> {
    return this.runnerService.get(viewer, id);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => RunnerInvitationLink, {
    description:
      'Adds a runner to the caller’s roster and returns their invitation link.',
  })
  addRunner(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddRunnerInput,
  ): Promise<RunnerInvitationLink> {
    return this.runnerService.add(viewer, input);
  }

  @Access(['admin', 'coach'])
  @Mutation(() => RunnerInvitationLink, {
    description: 'A new invitation link; earlier ones stop working.',
  })
  resendRunnerInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('runnerId', { type: () => ID }) runnerId: string,
  ): Promise<RunnerInvitationLink> {
    return this.runnerService.resendInvitation(viewer, runnerId);
  }

  @Access(['admin'])
  @Mutation(() => Runner, {
    description: 'Makes another coach of the clinic responsible for a runner.',
  })
  reassignRunner(
    @CurrentViewer() viewer: Viewer,
    @Args('runnerId', { type: () => ID }) runnerId: string,
    @Args('coachId', { type: () => ID }) coachId: string,
  ): Promise<Runner> {
    return this.runnerService.reassign(viewer, runnerId, coachId);
  }

  @Access('public')
  @Mutation(() => AcceptedInvitation, {
    description: 'The runner sets a password with their invitation link.',
  })
  acceptRunnerInvitation(
    @Args('input') input: AcceptRunnerInvitationInput,
  ): Promise<AcceptedInvitation> {
    return this.runnerService.acceptInvitation(input.token, input.password);
  }

  @Access('public')
  @Query(() => Boolean, {
    description: 'True until the first clinic is set up.',
  })
  needsSetup(): Promise<boolean> {
    return this.setupService.needsSetup();
  }

  @Access('public')
  @Mutation(() => AcceptedInvitation, {
    description: 'First run only: creates the clinic and its admin.',
  })
  setupClinic(
    @Args('input') input: SetupClinicInput,
  ): Promise<AcceptedInvitation> {
    return this.setupService.setup(input);
  }
}
