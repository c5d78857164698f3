import { inject, Injectable } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { REASSIGN_RUNNER } from './roster.queries';
import { STAFF_MEMBERS } from './staff.queries';

/**
 * An admin's changes to who looks after a runner: the data behind the reassign
 * dialog (the clinic's coaches who have joined, and the reassignment itself).
 */
@Injectable({ providedIn: 'root' })
export class RunnerAdminApi {
  private readonly apollo = inject(Apollo);

  reassignment(runner: { id: string; name: string; coach: { id: string } }) {
    return {
      runnerName: runner.name,
      coachId: runner.coach.id,
      coaches: async () => {
        const result = await firstValueFrom(
          this.apollo.query({
            query: STAFF_MEMBERS,
            fetchPolicy: 'network-only',
          }),
        );
        return (result.data?.staffMembers ?? [])
          .filter((member) => member.joined)
          .map((member) => ({
            id: member.id,
            name: member.name,
            admin: member.role === 'admin',
          }));
      },
      reassign: async (coachId: string) => {
        await firstValueFrom(
          this.apollo.mutate({
            mutation: REASSIGN_RUNNER,
            variables: { runnerId: runner.id, coachId },
          }),
        );
      },
    };
  }
}
