import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_FILES, type ModelCard } from '../models/model-card';
import { modelFromBytes, type ModelBundle } from '../models/model-bundle';
import type { ModelKind } from '../models/seq2seq';

const MODELS_DIR = join(process.cwd(), 'public', 'models');
const cards = new Map<ModelKind, ModelCard>();
const bundles = new Map<ModelKind, ModelBundle>();

/** The shipped card of `kind`, read once per process (Node only: build time and tests). */
export function shippedCard(kind: ModelKind): ModelCard {
  let card = cards.get(kind);
  if (!card) {
    const text = readFileSync(join(MODELS_DIR, kind, MODEL_FILES.card), 'utf8');
    cards.set(kind, (card = JSON.parse(text) as ModelCard));
  }
  return card;
}

/** The shipped weights of `kind` as a runnable model, read once per process (Node only). */
export function shippedBundle(kind: ModelKind): ModelBundle {
  let bundle = bundles.get(kind);
  if (!bundle) {
    const bytes = new Uint8Array(readFileSync(join(MODELS_DIR, kind, MODEL_FILES.weights)));
    bundles.set(kind, (bundle = modelFromBytes(bytes)));
  }
  return bundle;
}
