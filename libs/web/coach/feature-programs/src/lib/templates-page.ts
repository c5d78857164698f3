import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import {
  ARCHIVE_TEMPLATE,
  DUPLICATE_TEMPLATE,
  TEMPLATES,
} from '@rehabit/web-coach-data-access';
import type { TemplatesQuery } from '@rehabit/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { PrescribeDialog, type PrescribeDialogData } from './prescribe-dialog';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

type TemplateSummary = TemplatesQuery['templates'][number];

const weeks = (p: { startWeek: number; endWeek: number | null }) =>
  p.endWeek === null
    ? `from week ${p.startWeek}`
    : `weeks ${p.startWeek}–${p.endWeek}`;

/** The clinic's routine templates: open, duplicate, archive, prescribe. */
@Component({
  selector: 'rh-templates-page',
  imports: [MatButtonModule, RouterLink],
  template: `
    <div class="page-heading">
      <h1>Templates</h1>
      <a mat-flat-button routerLink="/templates/new">New template</a>
    </div>
    <p role="status" class="notice">{{ notice() }}</p>
    @switch (status()) {
      @case ('loading') {
        <p role="status">Loading templates…</p>
      }
      @case ('error') {
        <p role="alert">The templates could not be loaded. Try again.</p>
      }
      @default {
        <ul class="templates" data-testid="templates">
          @for (template of templates(); track template.id) {
            <li class="template">
              <h2>
                <a [routerLink]="['/templates', template.id]">{{
                  template.name
                }}</a>
              </h2>
              <p>{{ summary(template) }}</p>
              <div class="actions">
                <button
                  mat-stroked-button
                  type="button"
                  (click)="prescribe(template)"
                >
                  Prescribe<span class="visually-hidden">
                    {{ template.name }}</span
                  >
                </button>
                <button mat-button type="button" (click)="duplicate(template)">
                  Duplicate<span class="visually-hidden">
                    {{ template.name }}</span
                  >
                </button>
                <button mat-button type="button" (click)="archive(template)">
                  Archive<span class="visually-hidden">
                    {{ template.name }}</span
                  >
                </button>
              </div>
            </li>
          } @empty {
            <li>No templates yet. Build the first one with “New template”.</li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .templates {
      list-style: none;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
      gap: 12px;
    }
    .template {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      h2 {
        font: var(--mat-sys-title-medium);
        margin: 0 0 4px;
      }
      a {
        color: var(--mat-sys-primary);
      }
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplatesPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  readonly templates = signal<TemplateSummary[]>([]);
  readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  readonly notice = signal('');

  constructor() {
    this.refresh();
  }

  refresh(): void {
    this.graphql.query({ query: TEMPLATES }).subscribe({
      next: (result) => {
        this.templates.set(result.data?.templates ?? []);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }

  summary(template: TemplateSummary): string {
    const items = template.phases.reduce((n, p) => n + p.items.length, 0);
    const phases = template.phases
      .map((p) => `${p.name} (${weeks(p)})`)
      .join(', ');
    return `${items} ${items === 1 ? 'exercise' : 'exercises'} · ${phases}`;
  }

  prescribe(template: TemplateSummary): void {
    const data: PrescribeDialogData = {
      templateId: template.id,
      templateName: template.name,
    };
    this.dialog.open(PrescribeDialog, {
      data,
      width: 'min(640px, 100vw - 32px)',
    });
  }

  async duplicate(template: TemplateSummary): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.graphql.mutate({
          mutation: DUPLICATE_TEMPLATE,
          variables: { id: template.id },
        }),
      );
      const copy = result.data?.duplicateTemplate;
      if (copy) await this.router.navigate(['/templates', copy.id]);
    } catch {
      this.notice.set(`${template.name} could not be duplicated. Try again.`);
    }
  }

  async archive(template: TemplateSummary): Promise<void> {
    try {
      await firstValueFrom(
        this.graphql.mutate({
          mutation: ARCHIVE_TEMPLATE,
          variables: { id: template.id },
        }),
      );
      this.notice.set(
        `${template.name} was archived. Its prescriptions stay as they are.`,
      );
      this.refresh();
    } catch {
      this.notice.set(`${template.name} could not be archived. Try again.`);
    }
  }
}
