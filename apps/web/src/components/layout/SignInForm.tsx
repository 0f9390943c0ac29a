'use client';

import { useSearchParams } from 'next/navigation';
import { type FormEvent, useState } from 'react';

/** Where to go after signing in: a path on this site only (never another origin). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/experiments';
}

export function SignInForm() {
  const next = safeNext(useSearchParams().get('next'));
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const response = await fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) {
      // A full load, so every page and query starts with the cookie.
      window.location.assign(next);
      return;
    }
    setError(response?.status === 401 ? 'That token is not right.' : 'Signing in failed.');
  }

  return (
    <form onSubmit={submit} className="form-grid">
      <div className="field">
        <label htmlFor="token">Access token</label>
        <input
          id="token"
          type="password"
          autoComplete="current-password"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          required
        />
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      <button type="submit" className="button primary" disabled={busy || token === ''}>
        Sign in
      </button>
    </form>
  );
}
