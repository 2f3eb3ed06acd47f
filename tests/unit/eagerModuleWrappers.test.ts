import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { eagerWrappers } from '../../src/integrations/eagerModuleWrappers';

const runtime = 'import{t as e}from"./rolldown-runtime.4tVxZq34.js";';

/** Runs a chunk's top level with the bundler's wrapper helper, returning what `exported` names. */
function run(chunk: string, exported: string): unknown {
  const body = chunk.replace(runtime, '');
  const commonJs = (factory: (exports: object, module: { exports: object }) => void) => {
    let module: { exports: object } | undefined;
    return () => {
      if (!module) factory((module = { exports: {} }).exports, module);
      return module.exports;
    };
  };
  return runInNewContext(`"use strict";${body};${exported}`, { e: commonJs }) as unknown;
}

describe('eager module wrappers', () => {
  it('rewrites the bundler’s CommonJS wrappers as parenthesised functions, which run as before', () => {
    const chunk = `${runtime}var n=e((e=>{e.answer=42})),r=e(((e,t)=>{t.exports={twice:n().answer*2}}));const x=r();`;
    const eager = eagerWrappers(chunk);
    expect(eager).toBe(`${runtime}var n=e((function(e){e.answer=42})),r=e((function(e,t){t.exports={twice:n().answer*2}}));const x=r();`);
    expect(run(eager, 'x')).toEqual(run(chunk, 'x'));
    expect(run(eager, 'x')).toEqual({ twice: 84 });
  });

  it('adds the parentheses where the bundler wrote none, and handles a wrapper required at once', () => {
    expect(eagerWrappers(`${runtime}var a=e(t=>{t.x=1}),b=e(((t,n)=>{n.exports=2}))();`)).toBe(
      `${runtime}var a=e((function(t){t.x=1})),b=e((function(t,n){n.exports=2}))();`,
    );
  });

  it('leaves alone wrappers that use their own this or arguments, and calls of anything but the helper', () => {
    const untouched = [
      `${runtime}var a=e((t=>{t.self=this}));`,
      `${runtime}var a=e((t=>{t.args=arguments}));`,
      `${runtime}var a=e((t=>{t.url=import.meta.url}));`,
      `${runtime}var a=e(((t,n=this)=>{t.x=n}));`,
      `${runtime}var a=e((async t=>{t.x=1}));`,
      `${runtime}var a=e((t=>t.x));`,
      `import{t as r}from"./other.js";var a=r((t=>{t.x=1}));`,
      `var e=f=>f;var a=e((t=>{t.x=1}));`,
      `${runtime}function g(){var a=e((t=>{t.x=1}))}`,
    ];
    for (const chunk of untouched) expect(eagerWrappers(chunk)).toBe(chunk);
    // A function inside the wrapper has its own this.
    expect(eagerWrappers(`${runtime}var a=e((t=>{t.f=function(){return this}}));`)).toBe(
      `${runtime}var a=e((function(t){t.f=function(){return this}}));`,
    );
  });

  it('names the chunk it cannot read', () => {
    expect(() => eagerWrappers('var a = (', '_astro/broken.js')).toThrow(/_astro\/broken\.js could not be read/);
  });
});
