import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SignInForm } from '../../components/layout/SignInForm';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <section className="panel" style={{ maxWidth: 480, margin: '3rem auto' }}>
      <h1>Sign in</h1>
      <p className="subtitle">
        This server asks for its access token (the <code>GOODHART_TOKEN</code> it was started with).
        Your browser keeps a session cookie for seven days; sign out from the top bar.
      </p>
      <Suspense>
        <SignInForm />
      </Suspense>
    </section>
  );
}
