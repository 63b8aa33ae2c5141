import { NotFoundContent } from '@/components/site/site-frame.client';

export const metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return <NotFoundContent />;
}
