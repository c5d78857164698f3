import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives the embedded-database defaults with nothing set', () => {
    expect(loadConfig({})).toMatchObject({
      NODE_ENV: 'production',
      PORT: 3000,
      HOST: '127.0.0.1',
      PGLITE_DIR: '.data/pglite',
      DEMO_DATA: 'auto',
    });
    expect(loadConfig({}).DATABASE_URL).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ DATABASE_URL: '', PORT: '' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
  });

  it('reads the trusted proxies as a list of addresses', () => {
    expect(
      loadConfig({ TRUSTED_PROXIES: '10.0.0.1, ::1,' }).TRUSTED_PROXIES,
    ).toEqual(['10.0.0.1', '::1']);
    expect(loadConfig({}).TRUSTED_PROXIES).toEqual([]);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [
      { DATABASE_URL: 'mysql://localhost/db' },
      'DATABASE_URL: must be a postgresql:// URL',
    ],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TRUSTED_PROXIES: '10.0.0.1, proxy.local' }, 'TRUSTED_PROXIES'],
    [{ SMTP_URL: 'http://mail.example.org' }, 'SMTP_URL'],
  ])('refuses %p, naming the variable', (env, named) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(named);
  });
});
