'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { SignOutButton } from './SignOutButton';

const links = [
  { href: '/experiments', label: 'Experiments', match: (p: string) => isExperimentsList(p) },
  {
    href: '/experiments/new',
    label: 'New experiment',
    match: (p: string) => p === '/experiments/new',
  },
  { href: '/compare', label: 'Compare', match: (p: string) => p.startsWith('/compare') },
  { href: '/claims', label: 'Claims', match: (p: string) => p.startsWith('/claims') },
] as const;

function isExperimentsList(pathname: string): boolean {
  return (
    pathname === '/' || (pathname.startsWith('/experiments') && pathname !== '/experiments/new')
  );
}

export function TopBar() {
  const pathname = usePathname() ?? '/';
  return (
    <header className="topbar">
      <Link href="/experiments" className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Goodhart
      </Link>
      <nav aria-label="Main" className="topnav">
        {links.map((link) => (
          <Link
            key={link.href}
            href={link.href}
            aria-current={link.match(pathname) ? 'page' : undefined}
          >
            {link.label}
          </Link>
        ))}
      </nav>
      <span className="topbar-note">proxy objectives, measured</span>
      <SignOutButton />
    </header>
  );
}
