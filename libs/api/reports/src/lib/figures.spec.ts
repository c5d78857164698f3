import { adherenceOf, rosterSignalsOf, signalsOf, sumCounts } from './figures';

describe('adherenceOf', () => {
  it('divides by due sessions and prescribed set-sides, adherent at 80 %', () => {
    expect(
      adherenceOf({ scheduled: 5, completed: 4, prescribed: 30, done: 21 }),
    ).toEqual({
      scheduled: 5,
      completed: 4,
      prescribedSetSides: 30,
      completedSetSides: 21,
      sessionAdherence: 0.8,
      doseAdherence: 0.7,
      adherent: true,
    });
  });

  it('says nothing when nothing was due', () => {
    expect(
      adherenceOf({ scheduled: 0, completed: 0, prescribed: 0, done: 0 }),
    ).toMatchObject({
      sessionAdherence: null,
      doseAdherence: null,
      adherent: null,
    });
  });

  it('sums periods', () => {
    const one = { scheduled: 1, completed: 1, prescribed: 6, done: 6 };
    expect(sumCounts([one, one])).toEqual({
      scheduled: 2,
      completed: 2,
      prescribed: 12,
      done: 12,
    });
  });
});

describe('signalsOf', () => {
  const pain = {
    runnerId: 'r',
    lastLogDate: '2026-11-20',
    latestPain: 5,
    baseline: 2.5,
    latestInFirstWeek: false,
    morningPain: 4,
    eveningPain: 3,
    stopAndContactOn: null,
  };

  it('reads silence, rising pain and a worse morning from the SQL figures', () => {
    const signals = signalsOf('2026-11-27', 2, pain);
    expect(signals).toEqual({
      missedDaysInARow: 2,
      daysSilent: 7,
      latestPain: 5,
      painHigh: false,
      painRising: true,
      morningWorse: true,
      stopAndContactOn: null,
    });
    expect(rosterSignalsOf(signals, pain)).toMatchObject({
      painChange: 2.5,
      needsAttention: true,
    });
  });

  it('never calls pain rising inside the first week', () => {
    expect(
      signalsOf('2026-11-27', 0, { ...pain, latestInFirstWeek: true })
        .painRising,
    ).toBe(false);
  });

  it('has no signal for a runner who never logged', () => {
    const signals = signalsOf('2026-11-27', 0, undefined);
    expect(signals).toMatchObject({ daysSilent: null, latestPain: null });
    expect(rosterSignalsOf(signals, undefined).needsAttention).toBe(false);
  });
});
