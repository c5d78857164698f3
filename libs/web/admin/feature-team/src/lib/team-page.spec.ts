import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { GraphqlClient, Session } from '@rehabit/web-shared-data-access';
import { of } from 'rxjs';
import { TeamPage } from './team-page';

const STAFF = [
  {
    id: 'a1',
    name: 'Priya Shah',
    email: 'priya@x.test',
    role: 'admin',
    joined: true,
    signInLocked: false,
  },
  {
    id: 'c1',
    name: 'Sam Okafor',
    email: 'sam@x.test',
    role: 'coach',
    joined: true,
    signInLocked: true,
  },
  {
    id: 'c2',
    name: 'New Coach',
    email: 'new@x.test',
    role: 'coach',
    joined: false,
    signInLocked: false,
  },
];

function render(mutate = jest.fn()) {
  TestBed.configureTestingModule({
    imports: [TeamPage],
    providers: [
      {
        provide: GraphqlClient,
        useValue: {
          query: jest.fn(() => of({ data: { staffMembers: STAFF } })),
          mutate,
        },
      },
      { provide: MatDialog, useValue: { open: jest.fn() } },
      {
        provide: Session,
        useValue: {
          me: signal({ userId: 'a1', role: 'admin', clinic: { name: 'R' } }),
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(TeamPage);
  fixture.detectChanges();
  return fixture;
}

const rows = (el: HTMLElement) =>
  [...el.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
  );

describe('TeamPage', () => {
  it('lists the team with role and status, and the actions each may need', () => {
    const el = render().nativeElement as HTMLElement;
    expect(rows(el)).toEqual([
      ['Priya Shah', 'priya@x.test', 'Admin', 'Active', ''],
      [
        'Sam Okafor',
        'sam@x.test',
        'Coach',
        'Active · locked out',
        'Unlock Sam Okafor Password link for Sam Okafor',
      ],
      [
        'New Coach',
        'new@x.test',
        'Coach',
        'Invited',
        'New invitation link for New Coach',
      ],
    ]);
  });

  it('unlocks a locked coach and says so', async () => {
    const mutate = jest.fn(() => of({ data: { unlockAccount: true } }));
    const fixture = render(mutate);
    const el = fixture.nativeElement as HTMLElement;
    (
      [...el.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Unlock'),
      ) as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { email: 'sam@x.test' } }),
    );
    expect(el.textContent).toContain('Sam Okafor can sign in again.');
  });
});
