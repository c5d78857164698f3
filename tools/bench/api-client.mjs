// A small client of the real API over HTTP: GraphQL and better-auth's sign-in.

export function apiClient(baseUrl) {
  async function gql(query, variables = {}, cookie) {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors?.length)
      throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async function signIn(email, password) {
    const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      // better-auth refuses a sign-in without the Origin a browser sends (CSRF).
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200)
      throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
    const cookie = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('better-auth.session_token='));
    return cookie.split(';')[0];
  }

  /** The token of a link the API hands over ("…#token=abc"). */
  const tokenOf = (url) => new URL(url).hash.replace(/^#token=/, '');

  return { gql, signIn, tokenOf };
}

/** Waits until the API answers /ready. */
export async function waitReady(baseUrl, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${baseUrl}/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API at ${baseUrl} did not become ready`);
}
