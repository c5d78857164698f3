import { hashPassword, verifyPassword } from './password-hash';

describe('password hashing', () => {
  it('uses argon2id with 19 MiB and two passes, and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(
      verifyPassword(hash, 'correct horse battery staple'),
    ).resolves.toBe(true);
    await expect(
      verifyPassword(hash, 'correct horse battery stapl'),
    ).resolves.toBe(false);
  });
});
