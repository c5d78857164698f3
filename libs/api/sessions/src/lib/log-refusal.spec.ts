import { planRefusalError, type LogRefusal } from './log-refusal';
import type { LogSessionInput } from './session.model';

const STRETCH = '3f2b8c1e-5d4a-4b7e-9c1f-0a1b2c3d4e5f';
const BRIDGE = '7a1c2d3e-4f5a-4b6c-8d9e-0f1a2b3c4d5e';

const input = {
  items: [{ prescriptionItemId: STRETCH }, { prescriptionItemId: BRIDGE }],
} as LogSessionInput;

const refusal = (overrides: Partial<LogRefusal>): LogRefusal => ({
  resent: false,
  planFound: true,
  startDate: '2026-11-02',
  endDate: null,
  dateRule: null,
  itemsNotInForce: [],
  ...overrides,
});

const fieldsOf = (error: Error) =>
  (error as { extensions?: { fields?: unknown } }).extensions?.fields;

describe('planRefusalError', () => {
  it('answers a prescription that is not the runner’s as not found', () => {
    const error = planRefusalError(refusal({ planFound: false }), input);
    expect(error.extensions['code']).toBe('NOT_FOUND');
  });

  it.each([
    ['future', 'must not be in the future'],
    ['too-old', 'must be within the last 7 days'],
    [
      'outside-routine',
      "must be inside the routine's dates (2026-11-02 to no end)",
    ],
  ] as const)('words the date rule %s', (dateRule, message) => {
    expect(fieldsOf(planRefusalError(refusal({ dateRule }), input))).toEqual([
      { field: 'input.localDate', message },
    ]);
  });

  it('names each exercise not in force by its place in the input, in either case', () => {
    const upper = {
      items: [
        { prescriptionItemId: STRETCH.toUpperCase() },
        { prescriptionItemId: BRIDGE },
      ],
    } as LogSessionInput;
    expect(
      fieldsOf(
        planRefusalError(refusal({ itemsNotInForce: [STRETCH] }), upper),
      ),
    ).toEqual([
      {
        field: 'input.items.0.prescriptionItemId',
        message: 'must be an exercise of the routine in force that day',
      },
    ]);
  });

  it('refuses to make up a reason the database did not give', () => {
    expect(() => planRefusalError(refusal({}), input)).toThrow(
      'the database refused a session log without a reason',
    );
  });
});
