import type { Routes } from '@angular/router';
import { ForgotPasswordPage } from './forgot-password-page';
import { SetPasswordPage } from './set-password-page';
import { SetupPage } from './setup-page';
import { SignInPage } from './sign-in-page';

export const signInRoutes: Routes = [
  { path: '', component: SignInPage, title: 'Sign in · Rehabit' },
];
export const joinRoutes: Routes = [
  {
    path: '',
    component: SetPasswordPage,
    title: 'Join · Rehabit',
    data: { purpose: 'join' },
  },
];
export const resetRoutes: Routes = [
  {
    path: '',
    component: SetPasswordPage,
    title: 'New password · Rehabit',
    data: { purpose: 'reset' },
  },
];
export const welcomeRoutes: Routes = [
  {
    path: '',
    component: SetPasswordPage,
    title: 'Join · Rehabit',
    data: { purpose: 'welcome' },
  },
];
export const setupRoutes: Routes = [
  { path: '', component: SetupPage, title: 'Set up · Rehabit' },
];
export const forgotPasswordRoutes: Routes = [
  {
    path: '',
    component: ForgotPasswordPage,
    title: 'Forgot password · Rehabit',
  },
];
