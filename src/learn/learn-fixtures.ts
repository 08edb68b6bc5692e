import { readFileSync } from 'node:fs';
import { parseSlice, SLICE_PATH, type Slice } from './slice-file';

/** The shipped slice, read from public/ (for Node tests). */
export function shippedSlice(): Slice {
  return parseSlice(JSON.parse(readFileSync(`public/${SLICE_PATH}`, 'utf8')));
}
