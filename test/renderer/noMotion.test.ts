// The app has no "Less motion" setting because nothing on screen moves (UX review #18). If
// a transition, an animation or smooth scrolling is ever added, it needs a way to turn it
// off first: this test says so.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(import.meta.dirname, '../../renderer');
const MOTION = /(?:^|[\s;{])(transition|animation)(?:-[\w-]+)?\s*:|@keyframes|scroll-behavior\s*:\s*smooth|behavior:\s*['"]smooth['"]/gm;

const motion = (text: string) => [...text.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(MOTION)].map((m) => m[0].trim());

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.(css|tsx?)$/.test(e.name) ? [path.join(dir, e.name)] : []);
}

describe('nothing in the renderer moves', () => {
  it('the detector finds transitions, animations and smooth scrolling', () => {
    expect(motion('.a { transition: opacity 1s } .b{animation-name: x} @keyframes x {} html { scroll-behavior: smooth }')).toHaveLength(4);
    expect(motion("el.scrollIntoView({ behavior: 'smooth' })")).toHaveLength(1);
    expect(motion('.a { color: red } /* transition: none */')).toEqual([]);
  });

  for (const file of files(RENDERER)) {
    it(`${path.relative(RENDERER, file)} has no motion`, () => expect(motion(readFileSync(file, 'utf8'))).toEqual([]));
  }
});
