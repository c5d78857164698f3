import {
  isValidTimeZone,
  localDateIn,
  validateDose,
} from '@rehabit/shared-domain';
import {
  DEMO_PASSWORD,
  DEMO_RUNNERS,
  DEMO_STAFF,
  PIRIFORMIS_RELIEF,
} from './demo-clinic';
import { demoLogins } from './demo-data.loader';

describe('the demo clinic', () => {
  it('has two coaches, an admin and a dozen runners with real time zones', () => {
    expect(DEMO_STAFF.filter((s) => s.role === 'coach')).toHaveLength(2);
    expect(DEMO_STAFF.filter((s) => s.role === 'admin')).toHaveLength(1);
    expect(DEMO_RUNNERS).toHaveLength(12);
    expect(DEMO_RUNNERS.every((r) => isValidTimeZone(r.timeZone))).toBe(true);
  });

  it('has runners far east and far west of UTC', () => {
    const instant = new Date('2026-11-26T12:00:00Z');
    const offsetHours = (tz: string) =>
      (Date.parse(`${localDateIn(tz, instant)}T12:00:00Z`) -
        Date.parse('2026-11-26T12:00:00Z')) /
      3_600_000;
    expect(DEMO_RUNNERS.some((r) => offsetHours(r.timeZone) > 0)).toBe(true);
    expect(DEMO_RUNNERS.map((r) => r.timeZone)).toEqual(
      expect.arrayContaining(['Pacific/Auckland', 'Pacific/Honolulu']),
    );
  });

  it('holds Piriformis relief: a stretch phase, then stability from week 3 with Mon/Wed/Fri bridges', () => {
    const [stretch, stability] = PIRIFORMIS_RELIEF.phases;
    expect(stretch).toMatchObject({
      name: 'Stretch',
      startWeek: 1,
      endWeek: 2,
    });
    expect(stretch?.items.map((i) => i.exercise)).toEqual([
      'supine-figure-four-stretch',
      'figure-four-knee-pull',
    ]);
    expect(stability).toMatchObject({
      name: 'Stability',
      startWeek: 3,
      endWeek: null,
    });
    const bridge = stability?.items.find((i) => i.exercise === 'glute-bridge');
    expect(bridge?.dose.daysOfWeek).toEqual([1, 3, 5]);
    for (const phase of PIRIFORMIS_RELIEF.phases) {
      for (const item of phase.items)
        expect(validateDose(item.dose)).toEqual([]);
    }
  });

  it('prints the demo logins: the password, every staff email and some runners', () => {
    const printed = demoLogins();
    expect(printed).toContain(DEMO_PASSWORD);
    for (const staff of DEMO_STAFF) expect(printed).toContain(staff.email);
    expect(printed).toContain('maya@runner.example');
  });
});
