import {
  Field,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

export enum RunnerStatusEnum {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISCHARGED = 'DISCHARGED',
}
registerEnumType(RunnerStatusEnum, { name: 'RunnerStatus' });

export enum RoleEnum {
  admin = 'admin',
  coach = 'coach',
  runner = 'runner',
}
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType()
export class StaffMember {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType({
  description: 'A runner of the clinic, as their coach sees them.',
})
export class Runner {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field({ description: 'IANA time zone: the runner’s dates are local to it.' })
  timeZone!: string;
  @Field(() => RunnerStatusEnum) status!: RunnerStatusEnum;
  @Field(() => StaffMember, { description: 'The responsible coach.' })
  coach!: StaffMember;
  @Field({
    description:
      'Locked out by failed sign-ins (an admin can unlock; it also passes after 15 minutes).',
  })
  signInLocked!: boolean;
}

@ObjectType({ description: 'An admin or coach of the clinic.' })
export class StaffAccount {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field({ description: 'False until they chose a password with their link.' })
  joined!: boolean;
  @Field({ description: 'Locked out by failed sign-ins.' })
  signInLocked!: boolean;
}

@ObjectType({
  description: 'A single-use link that lets a runner set a password and join.',
})
export class RunnerInvitationLink {
  @Field(() => Runner) runner!: Runner;
  @Field({ description: 'Shown once: only a hash of it is kept.' })
  url!: string;
  @Field() expiresAt!: Date;
  @Field({
    description:
      'True when it was also emailed (the server has SMTP and the mail server took it).',
  })
  emailed!: boolean;
}

@InputType()
export class AddRunnerInput {
  @Field() name!: string;
  @Field() email!: string;
  @Field({ description: 'IANA time zone, e.g. "Europe/London".' })
  timeZone!: string;
}

@InputType()
export class AcceptRunnerInvitationInput {
  @Field() token!: string;
  @Field() password!: string;
}

@ObjectType()
export class AcceptedInvitation {
  @Field({ description: 'The email to sign in with.' }) email!: string;
}

@ObjectType()
export class Clinic {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType({ description: 'The signed-in person.' })
export class Me {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field(() => Clinic) clinic!: Clinic;
  @Field(() => ID, {
    nullable: true,
    description: 'The runner profile of a runner.',
  })
  runnerId!: string | null;
}

@InputType()
export class SetupClinicInput {
  @Field() clinicName!: string;
  @Field() adminName!: string;
  @Field() adminEmail!: string;
  @Field() password!: string;
}

@ObjectType({
  description: 'A single-use link to set a new password, to hand over.',
})
export class PasswordResetLink {
  @Field({ description: 'Shown once: only a hash of it is kept.' })
  url!: string;
  @Field() expiresAt!: Date;
  @Field({
    description:
      'True when it was also emailed (the server has SMTP and the mail server took it).',
  })
  emailed!: boolean;
}

@InputType()
export class ResetPasswordInput {
  @Field() token!: string;
  @Field() password!: string;
}

@InputType()
export class InviteCoachInput {
  @Field() name!: string;
  @Field() email!: string;
}
