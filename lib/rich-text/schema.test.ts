import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { richTextField } from './schema';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const image = (mediaId: number) => ({ type: 'image', attrs: { mediaId, alt: '', caption: '' } });

describe('richTextField', () => {
  it('accepts the empty document and anything that normalises to it', () => {
    expect(richTextField.parse({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [] });
    expect(richTextField.parse({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual({ type: 'doc', content: [] });
    expect(richTextField.parse(undefined)).toEqual({ type: 'doc', content: [] });
  });

  it('returns the normalised document', () => {
    const input = { type: 'doc', content: [{ type: 'iframe' }, paragraph('Hello'), { type: 'script', content: [] }] };
    expect(richTextField.parse(input)).toEqual({ type: 'doc', content: [paragraph('Hello')] });
  });

  it('refuses more than 100,000 characters of text', () => {
    const atLimit = { type: 'doc', content: [paragraph('a'.repeat(100_000))] };
    expect(richTextField.safeParse(atLimit).success).toBe(true);
    const result = z.object({ body: richTextField }).safeParse({ body: { type: 'doc', content: [paragraph('a'.repeat(100_001))] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ['body'], message: 'The body is too long (100,000 characters at most).' }]);
  });

  it('refuses more than 50 images', () => {
    const images = (count: number) => ({ type: 'doc', content: Array.from({ length: count }, (_, i) => image(i + 1)) });
    expect(richTextField.safeParse(images(50)).success).toBe(true);
    expect(richTextField.safeParse(images(51)).error?.issues.map((issue) => issue.message)).toEqual([
      'Keep the body to 50 images or fewer.',
    ]);
  });
});
