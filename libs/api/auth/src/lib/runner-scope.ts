import type { Prisma } from '@rehabit/api-db';
import type { Viewer } from './viewer';

/**
 * The runners a viewer may see: an admin all of the clinic's, a coach their own, a
 * runner only themself. Every query starts from this, so another clinic's or another
 * coach's runner answers exactly like a random id. An erased runner is no one's to see.
 */
export function runnersVisibleTo(
  viewer: Viewer,
): Prisma.RunnerProfileWhereInput {
  switch (viewer.role) {
    case 'admin':
      return { clinicId: viewer.clinicId, erasedAt: null };
    case 'coach':
      return {
        clinicId: viewer.clinicId,
        coachId: viewer.userId,
        erasedAt: null,
      };
    case 'runner':
      return {
        clinicId: viewer.clinicId,
        id: viewer.runnerId ?? '00000000-0000-0000-0000-000000000000',
        erasedAt: null,
      };
  }
}
