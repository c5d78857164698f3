import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MatDialog } from '@angular/material/dialog';
import { Session } from '@rehabit/web-shared-data-access';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';
import { RosterPage } from './roster-page';

function render(query: jest.Mock): HTMLElement {
  TestBed.configureTestingModule({
    imports: [RosterPage],
    providers: [
      provideRouter([]),
      { provide: Apollo, useValue: { query } },
      { provide: MatDialog, useValue: { open: jest.fn() } },
      {
        provide: Session,
        useValue: { me: signal({ clinic: { name: 'Riverside' } }) },
      },
    ],
  });
  const fixture = TestBed.createComponent(RosterPage);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('RosterPage', () => {
  it('lists the runners with their status in words', () => {
    const el = render(
      jest.fn(() =>
        of({
          data: {
            runners: {
              items: [
                {
                  id: 'r1',
                  name: 'Maya',
                  email: 'maya@x.test',
                  timeZone: 'Europe/London',
                  status: 'INVITED',
                  signInLocked: false,
                  coach: { id: 'c1', name: 'Sam' },
                },
              ],
            },
          },
        }),
      ),
    );
    const cells = [...el.querySelectorAll('tbody td')].map((td) =>
      td.textContent?.trim(),
    );
    expect(cells).toEqual(['Maya', 'maya@x.test', 'Invited', '']);
    expect(el.textContent).toContain('Riverside');
  });

  it('offers a password link for runners who have joined, and shows it once made', async () => {
    const query = jest.fn(() =>
      of({
        data: {
          runners: {
            items: [
              {
                id: 'r2',
                name: 'Liam',
                email: 'liam@x.test',
                timeZone: 'UTC',
                status: 'ACTIVE',
                signInLocked: false,
                coach: { id: 'c1', name: 'Sam' },
              },
            ],
          },
        },
      }),
    );
    const mutate = jest.fn(() =>
      of({
        data: {
          createPasswordResetLink: {
            url: 'http://x/reset#token=abc',
            expiresAt: '',
            emailed: false,
          },
        },
      }),
    );
    TestBed.configureTestingModule({
      imports: [RosterPage],
      providers: [
        provideRouter([]),
        { provide: Apollo, useValue: { query, mutate } },
        { provide: MatDialog, useValue: { open: jest.fn() } },
        { provide: Session, useValue: { me: signal(null) } },
      ],
    });
    const fixture = TestBed.createComponent(RosterPage);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const button = el.querySelector('tbody button') as HTMLButtonElement;
    expect(button.textContent).toContain('Password link for Liam');
    button.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { email: 'liam@x.test' } }),
    );
    expect(
      (el.querySelector('[data-testid="issued-link"]') as HTMLInputElement)
        .value,
    ).toBe('http://x/reset#token=abc');
    expect(el.textContent).not.toContain('Reassign');
  });

  it('invites the coach to add a first runner when there is none, and says when loading failed', () => {
    expect(
      render(jest.fn(() => of({ data: { runners: { items: [] } } })))
        .textContent,
    ).toContain('No runners yet.');
    TestBed.resetTestingModule();
    expect(
      render(jest.fn(() => throwError(() => new Error('offline')))).textContent,
    ).toContain('The runners could not be loaded.');
  });

  it('shows an admin each runner’s coach, who is locked out, and the unlock and reassign actions', async () => {
    const query = jest.fn(() =>
      of({
        data: {
          runners: {
            items: [
              {
                id: 'r3',
                name: 'Ana',
                email: 'ana@x.test',
                timeZone: 'UTC',
                status: 'ACTIVE',
                signInLocked: true,
                coach: { id: 'c2', name: 'Jordan Lee' },
              },
            ],
          },
        },
      }),
    );
    const mutate = jest.fn(() => of({ data: { unlockAccount: true } }));
    TestBed.configureTestingModule({
      imports: [RosterPage],
      providers: [
        provideRouter([]),
        { provide: Apollo, useValue: { query, mutate } },
        { provide: MatDialog, useValue: { open: jest.fn() } },
        {
          provide: Session,
          useValue: { me: signal({ role: 'admin', clinic: { name: 'R' } }) },
        },
      ],
    });
    const fixture = TestBed.createComponent(RosterPage);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const headers = [...el.querySelectorAll('th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual(['Name', 'Email', 'Status', 'Coach', 'Actions']);
    expect(el.querySelector('tbody')?.textContent).toContain('locked out');
    expect(el.querySelector('tbody')?.textContent).toContain('Jordan Lee');
    const unlock = [...el.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Unlock'),
    ) as HTMLButtonElement;
    unlock.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { email: 'ana@x.test' } }),
    );
    expect(el.textContent).toContain('Ana can sign in again.');
    expect(el.textContent).toContain('Reassign');
  });
});
