import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import {
  ReassignRunnerDialog,
  type ReassignRunnerData,
} from './reassign-runner-dialog';

async function render(data: ReassignRunnerData, close = jest.fn()) {
  TestBed.configureTestingModule({
    imports: [ReassignRunnerDialog],
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const fixture = TestBed.createComponent(ReassignRunnerDialog);
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture;
}

const coaches = async () => [
  { id: 'c1', name: 'Sam Okafor', admin: false },
  { id: 'c2', name: 'Jordan Lee', admin: false },
  { id: 'a1', name: 'Priya Shah', admin: true },
];

describe('ReassignRunnerDialog', () => {
  it('lists the coaches, the current one chosen, and reassigns to the one picked', async () => {
    const reassign = jest.fn().mockResolvedValue(undefined);
    const close = jest.fn();
    const fixture = await render(
      { runnerName: 'Chloe', coachId: 'c1', coaches, reassign },
      close,
    );
    const el = fixture.nativeElement as HTMLElement;
    const select = el.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent?.trim())).toEqual([
      'Sam Okafor',
      'Jordan Lee',
      'Priya Shah (admin)',
    ]);
    const submit = el.querySelector(
      'button[type="submit"]',
    ) as HTMLButtonElement;
    expect(submit.disabled).toBe(true); // same coach: nothing to do
    select.value = select.options[1]?.value as string;
    select.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    submit.click();
    await fixture.whenStable();
    expect(reassign).toHaveBeenCalledWith('c2');
    expect(close).toHaveBeenCalledWith(true);
  });

  it('says so when the reassignment fails, and stays open', async () => {
    const close = jest.fn();
    const fixture = await render(
      {
        runnerName: 'Chloe',
        coachId: 'c1',
        coaches,
        reassign: jest.fn().mockRejectedValue(new Error('offline')),
      },
      close,
    );
    fixture.componentInstance.form.controls.coachId.setValue('c2');
    await fixture.componentInstance.submit();
    fixture.detectChanges();
    expect(close).not.toHaveBeenCalled();
    expect(fixture.nativeElement.textContent).toContain(
      'The runner could not be reassigned. Try again.',
    );
  });
});
