import { isUuid } from '@rehabit/shared-domain';
import { demoId } from './demo-id';

describe('demoId', () => {
  it('gives the same UUID for the same name on every run, and different ones for different names', () => {
    expect(demoId('clinic')).toBe(demoId('clinic'));
    expect(demoId('clinic')).not.toBe(demoId('runner:maya'));
    expect(isUuid(demoId('clinic'))).toBe(true);
  });
});
