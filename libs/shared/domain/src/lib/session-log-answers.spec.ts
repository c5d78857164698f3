import { itemAnswers } from './session-log-answers';

describe('itemAnswers', () => {
  it('keeps the nine answers of an item log and drops the rest of its row', () => {
    const answers = {
      prescriptionItemId: 'item-1',
      setsLeft: 3,
      setsRight: 3,
      setsDone: 0,
      holdSecondsAchieved: 45,
      reps: null,
      painDuring: 2,
      skipped: false,
      skipReason: null,
    };
    const row = {
      id: 'row-1',
      sessionLogId: 'log-1',
      __typename: 'SessionItemLog',
      ...answers,
    };
    expect(itemAnswers(row)).toEqual(answers);
  });
});
