import { describe, expect, it } from 'vitest';
import { ownerOfKey, storageKey, storagePrefix } from '~/frameworks/saved/storageKey';

describe('the localStorage key of saved data', () => {
  it('keeps the keys a copy at the root of its origin has always used', () => {
    expect(storageKey('/', 'answers', 'tiny')).toBe('qmh:answers:tiny');
    expect(storageKey('/', 'school', 'site')).toBe('qmh:school:site');
  });

  it('scopes a copy under a base path by that path, so copies on one origin never share answers', () => {
    expect(storageKey('/severn/', 'answers', 'tiny')).toBe('qmh/severn:answers:tiny');
    expect(storageKey('/severn', 'answers', 'tiny')).toBe('qmh/severn:answers:tiny');
    expect(storageKey('/hubs/wye/', 'audit', 'tiny')).toBe('qmh/hubs/wye:audit:tiny');
    const keys = ['/', '/severn/', '/wye/', '/hubs/wye/'].map((base) => storageKey(base, 'answers', 'tiny'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the prefix that clearing a copy removes, and the owner of each key', () => {
    expect(storagePrefix('/')).toBe('qmh:');
    expect(storagePrefix('/severn/')).toBe('qmh/severn:');
    // A root copy's prefix is not the start of a copy's under a path: clearing one never clears the other.
    expect(storageKey('/severn/', 'answers', 'tiny').startsWith(storagePrefix('/'))).toBe(false);
    expect(ownerOfKey(storageKey('/severn/', 'answers', 'tiny'))).toBe('tiny');
    expect(ownerOfKey(`${storageKey('/', 'answers', 'tiny')}:unread`)).toBe('tiny');
    expect(ownerOfKey(storageKey('/', 'school', 'site'))).toBe('site');
  });
});
