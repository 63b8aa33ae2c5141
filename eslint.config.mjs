import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    // Images come from the media library as renditions already resized by sharp and served from content-hashed
    // URLs with width and height; next/image would only resize them again.
    rules: { '@next/next/no-img-element': 'off' },
  },
  {
    ignores: ['.next/**', 'node_modules/**', '.data/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
];

export default config;
