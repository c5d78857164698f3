import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Session } from '@rehabit/web-shared-data-access';
import { TodayPage } from './today-page';

describe('TodayPage', () => {
  it('greets the runner by name and names their clinic', () => {
    TestBed.configureTestingModule({
      imports: [TodayPage],
      providers: [
        {
          provide: Session,
          useValue: {
            me: signal({ name: 'Tui Runner', clinic: { name: 'Riverside' } }),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(TodayPage);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toBe('Hello, Tui Runner');
    expect(el.textContent).toContain('Riverside');
  });
});
