import type { NextFunction, Request, Response } from 'express';
import { CLIENT_IP_HEADER, clientIpMiddleware } from './client-ip';

describe('clientIpMiddleware', () => {
  it('takes the address from the socket and overwrites whatever the client sent', () => {
    const req = {
      headers: {
        [CLIENT_IP_HEADER]: '203.0.113.9',
        'x-forwarded-for': '198.51.100.1',
      },
      socket: { remoteAddress: '127.0.0.1' },
    } as unknown as Request;
    const next = jest.fn() as NextFunction;
    clientIpMiddleware(req, {} as Response, next);
    expect(req.headers[CLIENT_IP_HEADER]).toBe('127.0.0.1');
    expect(next).toHaveBeenCalled();
  });
});
