import type { NextFunction, Request, Response } from 'express';
import { CLIENT_IP_HEADER, clientIpMiddleware, clientIpOf } from './client-ip';

const none = new Set<string>();
const proxy = new Set(['10.0.0.2']);

describe('clientIpOf', () => {
  it('takes the socket address when no proxy is trusted, whatever the headers say', () => {
    expect(clientIpOf('127.0.0.1', '198.51.100.1', none)).toBe('127.0.0.1');
  });

  it('ignores X-Forwarded-For from a socket that is not a trusted proxy', () => {
    expect(clientIpOf('203.0.113.5', '198.51.100.1', proxy)).toBe(
      '203.0.113.5',
    );
  });

  it('behind a trusted proxy, takes the address the proxy appended, not what the client prepended', () => {
    expect(clientIpOf('10.0.0.2', '1.1.1.1, 198.51.100.7', proxy)).toBe(
      '198.51.100.7',
    );
  });

  it('skips every trusted hop from the right', () => {
    const chain = new Set(['10.0.0.2', '10.0.0.3']);
    expect(clientIpOf('10.0.0.2', '198.51.100.7, 10.0.0.3', chain)).toBe(
      '198.51.100.7',
    );
  });

  it('treats IPv4-mapped IPv6 as the same address', () => {
    expect(clientIpOf('::ffff:10.0.0.2', '198.51.100.7', proxy)).toBe(
      '198.51.100.7',
    );
    expect(clientIpOf('::ffff:127.0.0.1', undefined, none)).toBe('127.0.0.1');
  });

  it('falls back to the socket when the header holds no address', () => {
    expect(clientIpOf('10.0.0.2', 'garbage, also garbage', proxy)).toBe(
      '10.0.0.2',
    );
  });
});

describe('clientIpMiddleware', () => {
  it('overwrites whatever the client put in the private header', () => {
    const req = {
      headers: {
        [CLIENT_IP_HEADER]: '203.0.113.9',
        'x-forwarded-for': '198.51.100.1',
      },
      socket: { remoteAddress: '127.0.0.1' },
    } as unknown as Request;
    const next = jest.fn() as NextFunction;
    clientIpMiddleware([])(req, {} as Response, next);
    expect(req.headers[CLIENT_IP_HEADER]).toBe('127.0.0.1');
    expect(next).toHaveBeenCalled();
  });
});
