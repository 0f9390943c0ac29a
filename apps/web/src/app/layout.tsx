import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { TopBar } from '../components/layout/TopBar';
import { TRPCReactProvider } from '../trpc/client';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Goodhart', template: '%s · Goodhart' },
  description: 'Run, watch and compare recommender experiments where the objective is a proxy.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <TRPCReactProvider>
          <TopBar />
          <main id="content" tabIndex={-1}>
            {children}
          </main>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
