import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  BODY_REGION_LABELS,
  CATEGORY_LABELS,
  formatDose,
  formatIntensity,
} from '@rehabit/shared-domain';
import {
  ARCHIVE_EXERCISE,
  DUPLICATE_EXERCISE,
  ExerciseLibraryApi,
  errorCode,
  type ExerciseDetail,
} from '@rehabit/web-coach-data-access';
import { GraphqlClient, Session } from '@rehabit/web-shared-data-access';
import { ExerciseMedia } from '@rehabit/web-shared-ui';
import {
  catchError,
  firstValueFrom,
  map,
  of,
  startWith,
  switchMap,
  tap,
} from 'rxjs';

type DetailState =
  | { status: 'loading' }
  | { status: 'ready'; exercise: ExerciseDetail }
  | { status: 'not-found' }
  | { status: 'error' };

/** One exercise with everything a coach needs to prescribe it and a runner to do it. */
@Component({
  selector: 'rh-exercise-detail-page',
  imports: [RouterLink, MatButtonModule, ExerciseMedia],
  templateUrl: './exercise-detail-page.html',
  styleUrl: './exercise-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseDetailPage {
  private readonly api = inject(ExerciseLibraryApi);
  private readonly title = inject(Title);
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly session = inject(Session);

  /** Coaches and admins manage the clinic's library. */
  readonly canEdit = computed(() =>
    ['coach', 'admin'].includes(this.session.me()?.role ?? ''),
  );
  readonly notice = signal('');

  /** Bound from the route parameter. */
  readonly id = input.required<string>();

  readonly categoryLabels = CATEGORY_LABELS;
  readonly regionLabels = BODY_REGION_LABELS;

  readonly state = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        this.api.detail(id).pipe(
          tap((exercise) => this.title.setTitle(`${exercise.name} · Rehabit`)),
          map((exercise): DetailState => ({ status: 'ready', exercise })),
          catchError((error: unknown) => {
            const notFound = ['NOT_FOUND', 'BAD_USER_INPUT'].includes(
              errorCode(error) ?? '',
            );
            return of<DetailState>({
              status: notFound ? 'not-found' : 'error',
            });
          }),
          startWith<DetailState>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as DetailState },
  );

  readonly dose = computed(() => {
    const s = this.state();
    if (s.status !== 'ready') return null;
    return {
      schedule: formatDose(s.exercise.defaultDose),
      intensity: formatIntensity(s.exercise.defaultDose),
    };
  });

  async archive(id: string): Promise<void> {
    try {
      await firstValueFrom(
        this.graphql.mutate({ mutation: ARCHIVE_EXERCISE, variables: { id } }),
      );
      await this.router.navigate(['/exercises']);
    } catch {
      this.notice.set('The exercise could not be archived. Try again.');
    }
  }

  async duplicate(id: string): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.graphql.mutate({
          mutation: DUPLICATE_EXERCISE,
          variables: { id },
        }),
      );
      const copy = result.data?.duplicateExercise.id;
      if (copy) await this.router.navigate(['/exercises', copy, 'edit']);
    } catch {
      this.notice.set('The exercise could not be duplicated. Try again.');
    }
  }
}
