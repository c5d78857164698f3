import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ERASE_RUNNER, REASSIGN_RUNNER } from './roster.queries';
import { STAFF_MEMBERS } from './staff.queries';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

/**
 * An admin's changes to a runner: who looks after them (the data behind the reassign
 * dialog), and the runner's rights (their record to download, erasure on request).
 */
@Injectable({ providedIn: 'root' })
export class RunnerAdminApi {
  private readonly graphql = inject(GraphqlClient);

  reassignment(runner: { id: string; name: string; coach: { id: string } }) {
    return {
      runnerName: runner.name,
      coachId: runner.coach.id,
      coaches: async () => {
        const result = await firstValueFrom(
          this.graphql.query({
            query: STAFF_MEMBERS,
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
          this.graphql.mutate({
            mutation: REASSIGN_RUNNER,
            variables: { runnerId: runner.id, coachId },
          }),
        );
      },
    };
  }

  /** Where an admin downloads everything held about a runner. */
  recordUrl(runnerId: string, format: 'json' | 'pdf'): string {
    return `/api/admin/runners/${encodeURIComponent(runnerId)}/record.${format}`;
  }

  /** Erases a runner for good; the name typed by the admin confirms it. */
  async erase(runnerId: string, confirmName: string): Promise<void> {
    await firstValueFrom(
      this.graphql.mutate({
        mutation: ERASE_RUNNER,
        variables: { input: { runnerId, confirmName } },
      }),
    );
  }
}
