import { describe, expect, it } from 'vitest';
import { bodyField, imageField } from './fields';

const image = (alt: string) => ({ type: 'image', attrs: { mediaId: 3, alt, caption: '' } });

describe('bodyField', () => {
  it('accepts an empty body and returns the allow-listed document', () => {
    expect(bodyField.parse({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [] });
    const parsed = bodyField.parse({ type: 'doc', content: [{ type: 'iframe' }, { type: 'paragraph', content: [{ type: 'text', text: 'Kept' }] }] });
    expect(parsed).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kept' }] }] });
  });

  it('refuses an image in the body without alt text, with a message that says what to do', () => {
    const result = bodyField.safeParse({ type: 'doc', content: [image('A delegate speaking'), image('   ')] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Give every image in the body alt text: describe it for people who cannot see it.');
    expect(bodyField.safeParse({ type: 'doc', content: [image('A delegate speaking')] }).success).toBe(true);
  });

  it('refuses a body longer than 100,000 characters', () => {
    const long = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(100_001) }] }] };
    expect(bodyField.safeParse(long).error?.issues[0]?.message).toBe('The body is too long (100,000 characters at most).');
  });
});

describe('imageField', () => {
  it('takes a library id or null, nothing else', () => {
    expect(imageField.parse(null)).toBeNull();
    expect(imageField.parse(12)).toBe(12);
    for (const bad of [0, -1, 1.5, '12', undefined]) expect(imageField.safeParse(bad).success).toBe(false);
  });
});
