import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  BODY_REGIONS,
  BODY_REGION_LABELS,
  CATEGORY_LABELS,
  EXERCISE_CATEGORIES,
  formatDose,
  isOneOf,
  type BodyRegion,
  type ExerciseCategory,
} from '@rehabit/shared-domain';
import {
  ExerciseLibraryApi,
  type ExerciseListItem,
} from '@rehabit/web-coach-data-access';
import { Session } from '@rehabit/web-shared-data-access';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  switchMap,
} from 'rxjs';

interface LibraryState {
  status: 'loading' | 'ready' | 'error';
  items: ExerciseListItem[];
  nextCursor: string | null;
  totalCount: number;
}

/**
 * The exercise library: search by name, alias, muscle or body region, filter by
 * category and region. The filters live in the URL (?q=&category=&region=), so a
 * search can be bookmarked, shared and restored with the back button.
 */
@Component({
  selector: 'rh-exercise-library-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  templateUrl: './exercise-library-page.html',
  styleUrl: './exercise-library-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseLibraryPage {
  private readonly api = inject(ExerciseLibraryApi);
  private readonly session = inject(Session);
  /** Coaches and admins add to the clinic's library. */
  readonly canAdd = computed(() =>
    ['coach', 'admin'].includes(this.session.me()?.role ?? ''),
  );
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  /** Bound from the query parameters. */
  readonly q = input<string | undefined>();
  readonly category = input<string | undefined>();
  readonly region = input<string | undefined>();

  readonly categories = EXERCISE_CATEGORIES.map((value) => ({
    value,
    label: CATEGORY_LABELS[value],
  }));
  readonly regions = BODY_REGIONS.map((value) => ({
    value,
    label: BODY_REGION_LABELS[value],
  }));
  readonly categoryLabels = CATEGORY_LABELS;
  readonly regionLabels = BODY_REGION_LABELS;
  readonly formatDose = formatDose;

  readonly search = new FormControl('', { nonNullable: true });
  readonly state = signal<LibraryState>({
    status: 'loading',
    items: [],
    nextCursor: null,
    totalCount: 0,
  });
  readonly loadingMore = signal(false);

  readonly filter = computed(() => ({
    search: this.q()?.trim() || null,
    category: isOneOf(EXERCISE_CATEGORIES, this.category())
      ? (this.category() as ExerciseCategory)
      : null,
    bodyRegion: isOneOf(BODY_REGIONS, this.region())
      ? (this.region() as BodyRegion)
      : null,
  }));
  readonly hasFilter = computed(() =>
    Object.values(this.filter()).some((value) => value !== null),
  );

  constructor() {
    toObservable(this.q)
      .pipe(takeUntilDestroyed())
      .subscribe((q) => {
        if ((q ?? '') !== this.search.value)
          this.search.setValue(q ?? '', { emitEvent: false });
      });
    this.search.valueChanges
      .pipe(debounceTime(250), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => this.setParams({ q: q.trim() || null }));
    toObservable(this.filter)
      .pipe(
        switchMap((filter) => {
          this.state.update((s) => ({ ...s, status: 'loading' }));
          return this.api.search(filter).pipe(
            map((page): LibraryState => ({ status: 'ready', ...page })),
            catchError(() =>
              of<LibraryState>({
                status: 'error',
                items: [],
                nextCursor: null,
                totalCount: 0,
              }),
            ),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  setParams(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      queryParams: params,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    void this.router.navigate([], { queryParams: {}, replaceUrl: true });
  }

  loadMore(): void {
    const cursor = this.state().nextCursor;
    if (!cursor) return;
    this.loadingMore.set(true);
    this.api
      .search(this.filter(), cursor)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.state.update((s) => ({
            ...s,
            items: [...s.items, ...page.items],
            nextCursor: page.nextCursor,
          }));
          this.loadingMore.set(false);
        },
        error: () => this.loadingMore.set(false),
      });
  }
}
