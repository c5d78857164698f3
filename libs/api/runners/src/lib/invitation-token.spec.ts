import {
  hashInvitationToken,
  invitationUrl,
  newInvitationToken,
} from './invitation-token';

describe('invitation tokens', () => {
  it('are 256 random bits, URL-safe, different every time', () => {
    const a = newInvitationToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(newInvitationToken()).not.toBe(a);
  });

  it('are stored as a SHA-256 that does not contain them', () => {
    const token = newInvitationToken();
    expect(hashInvitationToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationToken(token)).toBe(hashInvitationToken(token));
    expect(hashInvitationToken(token)).not.toContain(token);
  });

  it('travel in the URL fragment, never in the path or query', () => {
    expect(invitationUrl('https://rehab.example.org/', 'abc')).toBe(
      'https://rehab.example.org/join#token=abc',
    );
  });
});
