import type { Routes } from '@angular/router';
import { JoinPage } from './join-page';
import { SignInPage } from './sign-in-page';

export const signInRoutes: Routes = [
  { path: '', component: SignInPage, title: 'Sign in · Rehabit' },
];
export const joinRoutes: Routes = [
  { path: '', component: JoinPage, title: 'Join · Rehabit' },
];
