'use client';

import { useEffect, useState } from 'react';

/** Shown when this browser is signed in to a server that needs a token. */
export function SignOutButton() {
  const [signedIn, setSignedIn] = useState(false);
  useEffect(() => {
    fetch('/api/session')
      .then((response) => response.json() as Promise<{ signedIn?: boolean }>)
      .then((session) => setSignedIn(session.signedIn === true))
      .catch(() => setSignedIn(false));
  }, []);
  if (!signedIn) return null;
  return (
    <button
      type="button"
      className="button"
      onClick={async () => {
        await fetch('/api/session', { method: 'DELETE' });
        window.location.assign('/sign-in');
      }}
    >
      Sign out
    </button>
  );
}
