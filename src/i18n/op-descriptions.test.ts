import { expect, it } from 'vitest';
import { opRegistry } from '../engine/registry';
import { opDescriptions } from './op-descriptions';

it('describes every registered op, and only those, in both languages with a formula', () => {
  const names = [...opRegistry.keys()].sort();
  expect(Object.keys(opDescriptions).sort()).toEqual(names);
  for (const name of names) {
    const { en, zh, formula } = opDescriptions[name]!;
    expect(en.length, name).toBeGreaterThan(10);
    expect(zh, name).toMatch(/[\u4e00-\u9fff]/);
    expect(formula.length, name).toBeGreaterThan(0);
  }
});
