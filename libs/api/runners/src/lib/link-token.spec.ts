import { hashLinkToken, linkUrl, newLinkToken } from './link-token';

describe('invitation tokens', () => {
  it('are 256 random bits, URL-safe, different every time', () => {
    const a = newLinkToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(newLinkToken()).not.toBe(a);
  });

  it('are stored as a SHA-256 that does not contain them', () => {
    const token = newLinkToken();
    expect(hashLinkToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkToken(token)).toBe(hashLinkToken(token));
    expect(hashLinkToken(token)).not.toContain(token);
  });

  it('travel in the URL fragment, never in the path or query', () => {
    expect(linkUrl('https://rehab.example.org/', 'join', 'abc')).toBe(
      'https://rehab.example.org/join#token=abc',
    );
  });
});
