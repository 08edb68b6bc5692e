/** Writes the in-browser training slice: npx tsx training/data/write-slice.ts (npm run slice). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SLICE_PATH } from '../../src/learn/slice-file';
import { buildSlice } from './slice';

const path = `public/${SLICE_PATH}`;
const slice = buildSlice();
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, `${JSON.stringify(slice)}\n`);
console.log(
  `wrote ${path}: ${slice.train.length} train, ${slice.validation.length} validation pairs`,
);
