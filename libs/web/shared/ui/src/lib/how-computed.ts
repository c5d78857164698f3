import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * "How is this computed?": the published formula (PRODUCT.md, docs/adherence.md) in
 * the coach's words, next to every adherence figure.
 */
@Component({
  selector: 'rh-how-computed',
  template: `
    <details>
      <summary>How is this computed?</summary>
      <ul>
        <li>
          <strong>Scheduled sessions</strong> come from the routine in force on
          each day (a change of dose counts from its date on, never backwards),
          in the runner’s own time zone: one session per time a day the
          exercises are prescribed.
        </li>
        <li>
          A session counts once its day has ended; today’s only once done, so a
          morning never shows the evening session as missed.
          <strong>Excused days</strong> (confirmed by the coach) and paused days
          count nothing.
        </li>
        <li>
          <strong>Session adherence</strong> = sessions completed ÷ sessions
          due. A session is completed when at least one exercise was done; extra
          sessions on one day never push it over 100%.
        </li>
        <li>
          <strong>Dose adherence</strong> = set-sides done ÷ set-sides
          prescribed: “hold 30 s, 3 times each side” is 6 set-sides, so a
          half-done session earns half.
        </li>
        <li>A runner is <strong>adherent at 80% or more</strong>.</li>
        <li>
          <strong>Signals:</strong> 2 or more scheduled days missed in a row (in
          the last 28 days); no session for 7 days; latest pain 7/10 or more, or
          2 points above the first week’s average; pain the next morning worse
          than after the session the evening before; a stop-and-contact answer
          in the last 14 days.
        </li>
      </ul>
    </details>
  `,
  styles: `
    details {
      margin: 8px 0;
      max-width: 72ch;
    }
    summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
      font-weight: 500;
    }
    li {
      margin: 4px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HowComputed {}
