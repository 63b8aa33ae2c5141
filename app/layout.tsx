import type { Metadata, Viewport } from 'next';
import { siteName, siteShortName, siteUrl } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: siteName, template: `%s | ${siteShortName}` },
  description: 'News, fields of work, countries and structures of the Organization for Security and Co-operation in Europe.',
  openGraph: { siteName, type: 'website', locale: 'en_GB' },
  alternates: { types: { 'application/rss+xml': '/feed.xml' } },
};

export const viewport: Viewport = { themeColor: '#0b3f70', width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white">{children}</body>
    </html>
  );
}
