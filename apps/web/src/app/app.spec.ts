import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@rehabit/web-shared-data-access';
import { signal } from '@angular/core';
import { App } from './app';

function render(me: unknown) {
  TestBed.configureTestingModule({
    imports: [App],
    providers: [
      provideRouter([]),
      {
        provide: Session,
        useValue: { me: signal(me), current: jest.fn(), signOut: jest.fn() },
      },
    ],
  });
  const fixture = TestBed.createComponent(App);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('App shell', () => {
  it('offers a skip link to the main content and names its navigation', () => {
    const el = render(null);
    expect(el.querySelector('a.skip-link')?.getAttribute('href')).toBe(
      '#content',
    );
    expect(el.querySelector('main#content')).not.toBeNull();
    expect(el.querySelector('nav')?.getAttribute('aria-label')).toBe('Main');
    expect(el.textContent).toContain('Sign in');
  });

  it('shows a coach the runners and a sign-out button', () => {
    const el = render({ name: 'Sam', role: 'coach' });
    expect(
      [...el.querySelectorAll('nav a')].map((a) => a.textContent?.trim()),
    ).toEqual(['Runners', 'Templates', 'Exercise library']);
    expect(el.querySelector('button.sign-out')?.textContent).toContain(
      'Sign out',
    );
  });

  it('shows an admin the clinic’s compliance and the team as well', () => {
    const el = render({ name: 'Priya', role: 'admin' });
    expect(
      [...el.querySelectorAll('nav a')].map((a) => a.textContent?.trim()),
    ).toEqual([
      'Runners',
      'Templates',
      'Compliance',
      'Team',
      'Exercise library',
    ]);
  });

  it('shows a runner Today', () => {
    const el = render({ name: 'Rita', role: 'runner' });
    expect(el.querySelector('nav a')?.textContent?.trim()).toBe('Today');
  });
});
