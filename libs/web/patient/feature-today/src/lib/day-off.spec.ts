import { TestBed } from '@angular/core/testing';
import { REPORT_EXCUSED_DAY } from '@rehabit/web-patient-data-access';
import { of, throwError } from 'rxjs';
import { DayOff } from './day-off';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

function render(mutate: jest.Mock) {
  const query = jest.fn(() =>
    of({
      data: {
        myExcusedDays: [
          { id: 'x1', date: '2026-11-20', reason: 'TRAVEL', confirmed: true },
        ],
      },
    }),
  );
  TestBed.configureTestingModule({
    imports: [DayOff],
    providers: [{ provide: GraphqlClient, useValue: { query, mutate } }],
  });
  const fixture = TestBed.createComponent(DayOff);
  fixture.componentRef.setInput('today', '2026-11-26');
  fixture.detectChanges();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}

describe('DayOff', () => {
  it('lists the days reported and tells the coach about today by default', async () => {
    const mutate = jest.fn(() =>
      of({ data: { reportExcusedDay: { id: 'x2' } } }),
    );
    const { fixture, el } = render(mutate);
    expect(
      el.querySelector('[data-testid="reported-day"]')?.textContent,
    ).toContain('Friday 20 November: Travelling · confirmed by your coach');
    (el.querySelector('section > button') as HTMLButtonElement).click();
    fixture.detectChanges();
    await fixture.whenStable();
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit'),
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith({
      mutation: REPORT_EXCUSED_DAY,
      variables: { input: { date: '2026-11-26', reason: 'ILLNESS', note: '' } },
    });
    expect(el.textContent).toContain(
      'Your coach will see Thursday 26 November.',
    );
  });

  it('names the field the server refused', async () => {
    const mutate = jest.fn(() =>
      throwError(() => ({
        errors: [
          {
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                {
                  field: 'input.date',
                  message:
                    'must be from 7 days before today to 30 days after it',
                },
              ],
            },
          },
        ],
      })),
    );
    const { fixture, el } = render(mutate);
    (el.querySelector('section > button') as HTMLButtonElement).click();
    fixture.detectChanges();
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit'),
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'The day must be from 7 days before today to 30 days after it',
    );
  });
});
