import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { Session } from './session';

type Role = 'admin' | 'coach' | 'runner';

/** Where each role starts. */
export function homeOf(role: Role): string {
  return role === 'runner' ? '/today' : '/roster';
}

/** Lets the listed roles in; sends others to their own home, and strangers to sign in. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const me = await inject(Session).current();
    if (!me)
      return router.createUrlTree(['/sign-in'], {
        queryParams: { next: state.url },
      });
    return roles.includes(me.role) ? true : router.parseUrl(homeOf(me.role));
  };
}
