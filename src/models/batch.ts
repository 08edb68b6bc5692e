import { Tensor } from '../engine';
import { BOS_ID, EOS_ID, PAD_ID } from '../text/vocabulary';

/** Token-id sequences of one batch, one row per example. */
export type IdBatch = readonly (readonly number[])[];

/** Pads rows with PAD_ID to the longest row: a [B, T] tensor of ids. */
export function padIds(rows: IdBatch, length = Math.max(...rows.map((r) => r.length))): Tensor {
  const data = new Float32Array(rows.length * length).fill(PAD_ID);
  rows.forEach((row, b) => data.set(row, b * length));
  return new Tensor(data, [rows.length, length]);
}

/** [B, T] with 1 at real tokens and 0 at padding. */
export function tokenMask(rows: IdBatch, length = Math.max(...rows.map((r) => r.length))): Tensor {
  const data = new Float32Array(rows.length * length);
  rows.forEach((row, b) => data.fill(1, b * length, b * length + row.length));
  return new Tensor(data, [rows.length, length]);
}

/** Column `t` of a [B, T] id tensor as a [B] tensor. */
export function idColumn(ids: Tensor, t: number): Tensor {
  const [batch, length] = ids.shape as [number, number];
  const data = new Float32Array(batch);
  for (let b = 0; b < batch; b++) data[b] = ids.data[b * length + t]!;
  return new Tensor(data, [batch]);
}

/** Teacher forcing: decoder inputs <bos> y₁…yₙ and targets y₁…yₙ <eos>, both padded. */
export function teacherForcing(targets: IdBatch): { inputs: Tensor; targets: Tensor } {
  return {
    inputs: padIds(targets.map((row) => [BOS_ID, ...row])),
    targets: padIds(targets.map((row) => [...row, EOS_ID])),
  };
}
