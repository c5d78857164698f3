import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  ExerciseLibraryApi,
  type PhaseDraft,
} from '@rehabit/web-coach-data-access';
import { of } from 'rxjs';
import { PhaseEditor } from './phase-editor';

const dose = {
  holdSeconds: 30,
  reps: 1,
  sets: 3,
  side: 'EACH_SIDE' as const,
  restSeconds: 15,
  timesPerDay: 1,
  daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
  intensity: null,
  load: null,
  tempo: '',
  cues: '',
  notes: '',
};

@Component({
  imports: [PhaseEditor],
  template: `<rh-phase-editor [(phases)]="phases" [errors]="errors()" />`,
})
class Host {
  readonly phases = signal<PhaseDraft[]>([
    {
      key: 'p1',
      name: 'Stretch',
      startWeek: 1,
      endWeek: 2,
      items: [
        { key: 'a', exercise: { id: 'e1', name: 'Figure four' }, dose },
        { key: 'b', exercise: { id: 'e2', name: 'Knee pull' }, dose },
      ],
    },
  ]);
  readonly errors = signal<Record<string, string>>({});
}

function render() {
  TestBed.configureTestingModule({
    imports: [Host],
    providers: [
      {
        provide: ExerciseLibraryApi,
        useValue: { search: () => of({ items: [] }) },
      },
    ],
  });
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  return fixture;
}

const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
};

describe('PhaseEditor', () => {
  it('shows each dose in words, and updates it as the coach types', () => {
    const fixture = render();
    const el = fixture.nativeElement as HTMLElement;
    const item = el.querySelector('[data-testid="item-1-1"]') as HTMLElement;
    expect(
      item.querySelector('[data-testid="dose-text"]')?.textContent?.trim(),
    ).toBe('Hold 30 s · 3 sets · each side · rest 15 s · daily, once');
    const hold = [...item.querySelectorAll('label')]
      .find((l) => l.textContent?.includes('Hold (s)'))
      ?.querySelector('input') as HTMLInputElement;
    type(hold, '45');
    fixture.detectChanges();
    expect(
      item.querySelector('[data-testid="dose-text"]')?.textContent,
    ).toContain('Hold 45 s');
    expect(
      fixture.componentInstance.phases()[0]?.items[0]?.dose.holdSeconds,
    ).toBe(45);
  });

  it('reorders with the Move buttons, for keyboard users', () => {
    const fixture = render();
    const el = fixture.nativeElement as HTMLElement;
    const down = [...el.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Move down Figure four'),
    ) as HTMLButtonElement;
    down.click();
    fixture.detectChanges();
    expect(
      fixture.componentInstance.phases()[0]?.items.map((i) => i.exercise.name),
    ).toEqual(['Knee pull', 'Figure four']);
  });

  it('adds a phase starting the week after the last one ends, and unticks days', () => {
    const fixture = render();
    const el = fixture.nativeElement as HTMLElement;
    (
      [...el.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Add a phase',
      ) as HTMLButtonElement
    ).click();
    fixture.detectChanges();
    expect(fixture.componentInstance.phases()[1]?.startWeek).toBe(3);
    const sunday = [...el.querySelectorAll('[data-testid="item-1-1"] .day')]
      .find((l) => l.textContent?.includes('Sun'))
      ?.querySelector('input') as HTMLInputElement;
    sunday.checked = false;
    sunday.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    expect(
      fixture.componentInstance.phases()[0]?.items[0]?.dose.daysOfWeek,
    ).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shows an error next to the exercise it is about', () => {
    const fixture = render();
    fixture.componentInstance.errors.set({
      'input.phases.0.items.1.dose.sets': 'must be an integer from 1 to 20',
    });
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(
      el.querySelector('[data-testid="item-1-2"] [role="alert"]')?.textContent,
    ).toContain('sets must be an integer from 1 to 20');
    expect(
      el.querySelector('[data-testid="item-1-1"] [role="alert"]'),
    ).toBeNull();
  });
});
