import { serializeSignedCookie } from 'better-call';
import { sessionTokenOf } from './session-cookie';

const NAME = 'better-auth.session_token';
const SECRET = 'a-secret-long-enough-for-the-test-0123456789';

/** The Cookie header a browser sends back for better-auth's Set-Cookie. */
async function cookieHeader(token: string, secret = SECRET): Promise<string> {
  const setCookie = await serializeSignedCookie(NAME, token, secret, {});
  return `theme=dark; ${setCookie.split(';')[0]}`;
}

describe('sessionTokenOf', () => {
  it('reads the token of a cookie signed by better-auth with the secret', async () => {
    expect(sessionTokenOf(await cookieHeader('tok-123'), NAME, SECRET)).toBe(
      'tok-123',
    );
  });

  it('refuses a cookie signed with another secret', async () => {
    const forged = await cookieHeader('tok-123', `${SECRET}-other`);
    expect(sessionTokenOf(forged, NAME, SECRET)).toBeNull();
  });

  it('refuses a signed cookie whose token was changed', async () => {
    const header = (await cookieHeader('tok-123')).replace(
      'tok-123',
      'tok-124',
    );
    expect(sessionTokenOf(header, NAME, SECRET)).toBeNull();
  });

  it('refuses no cookie, another cookie, an unsigned token and a cut signature', async () => {
    const signed = await cookieHeader('tok-123');
    expect(sessionTokenOf(undefined, NAME, SECRET)).toBeNull();
    expect(sessionTokenOf('theme=dark', NAME, SECRET)).toBeNull();
    expect(sessionTokenOf(`${NAME}=tok-123`, NAME, SECRET)).toBeNull();
    expect(sessionTokenOf(signed.slice(0, -4), NAME, SECRET)).toBeNull();
  });
});
