import { BOS_ID, EOS_ID } from '../text/vocabulary';
import { blockedToken, guardRepetition } from '../models/repetition-guard';
import { MAX_TARGET_TOKENS, type Named } from '../models/step-graphs';
import type { Decoding, DecodingInput, DecodingStep } from './decoding';
import { stepAttention, topTokens } from './step-trace';

/** Whether a hypothesis stayed in the beam, fell out of it, or ended with <eos>. */
export type BeamStatus = 'kept' | 'pruned' | 'finished';

/** One node of the beam tree: a hypothesis ending in `token`. */
export interface BeamNode {
  readonly id: number;
  /** The node this one extends; null for the root (<bos>). */
  readonly parent: number | null;
  readonly token: number;
  readonly depth: number;
  /** Sum of the log-probabilities of the tokens from the root. */
  readonly logProbability: number;
  /** logProbability / depth^α, the length-normalised score hypotheses are ranked by at the end. */
  readonly score: number;
  readonly status: BeamStatus;
}

/** A beam search's winner, as a {@link Decoding}, and the whole tree it searched. */
export interface BeamDecoding extends Decoding {
  readonly nodes: readonly BeamNode[];
  /** The winning node (its path from the root is the translation). */
  readonly best: number;
}

/** Options of {@link beamSearch}. */
export interface BeamOptions {
  /** Hypotheses kept per step, 1 to 16; width 1 is greedy decoding. */
  readonly width: number;
  /** Length-normalisation exponent α ≥ 0 (0 = raw log-probability). */
  readonly alpha: number;
}

interface Live {
  readonly node: BeamNode;
  readonly state: Named;
}

/**
 * Beam search: every live hypothesis proposes its `width` most probable next tokens, the `width`
 * best by total log-probability survive (the rest are pruned), and one that emits <eos> leaves
 * the beam finished. It stops when `width` hypotheses have finished, or at the length limit; the
 * winner is the finished one (else the live one) with the best length-normalised score. The
 * repetition guard removes a hypothesis's fourth copy of a token from its proposals; the others
 * keep the model's own log-probabilities (not renormalised), so a score is the model's.
 */
export async function beamSearch(
  { start, step, sourceLength, topK = 5 }: DecodingInput,
  { width, alpha }: BeamOptions,
): Promise<BeamDecoding> {
  if (!Number.isInteger(width) || width < 1 || width > 16)
    throw new RangeError('beam width must be a whole number from 1 to 16');
  if (!(alpha >= 0) || !Number.isFinite(alpha))
    throw new RangeError('length penalty α must be a number ≥ 0');
  const nodes: BeamNode[] = [];
  const add = (node: Omit<BeamNode, 'id' | 'score'>): BeamNode => {
    const score = node.depth === 0 ? 0 : node.logProbability / node.depth ** alpha;
    const created = { ...node, id: nodes.length, score };
    nodes.push(created);
    return created;
  };
  const expansions = new Map<number, DecodingStep>();
  let live: Live[] = [
    {
      node: add({ parent: null, token: BOS_ID, depth: 0, logProbability: 0, status: 'kept' }),
      state: start,
    },
  ];
  let finishedCount = 0;
  for (let depth = 1; depth <= MAX_TARGET_TOKENS && live.length > 0; depth++) {
    const candidates: { parent: Live; token: number; logProbability: number; next: Named }[] = [];
    for (const hypothesis of live) {
      const result = await step(hypothesis.state, hypothesis.node.token);
      const written = pathTo(nodes, hypothesis.node).map((n) => n.token);
      // The largest logits are the most probable tokens; a blocked one's -Infinity ranks last.
      const proposals = topTokens(guardRepetition(result.logits, written), width);
      const blocked = blockedToken(written);
      expansions.set(hypothesis.node.id, {
        position: depth - 1,
        input: hypothesis.node.token,
        chosen: proposals[0]!.id,
        top: topTokens(result.probabilities, topK),
        ...(blocked === undefined ? {} : { blocked }),
        attention: stepAttention(result.outputs, sourceLength, depth - 1),
        outputs: result.outputs,
        backend: result.backend,
      });
      for (const { id } of proposals) {
        candidates.push({
          parent: hypothesis,
          token: id,
          logProbability: hypothesis.node.logProbability + Math.log(result.probabilities[id]!),
          next: result.next,
        });
      }
    }
    // A stable sort keeps earlier parents and, within one, lower ids first on ties.
    candidates.sort((a, b) => b.logProbability - a.logProbability);
    const survivors: Live[] = [];
    candidates.forEach((candidate, rank) => {
      const finished = candidate.token === EOS_ID;
      const kept = rank < width && finishedCount < width;
      const node = add({
        parent: candidate.parent.node.id,
        token: candidate.token,
        depth,
        logProbability: candidate.logProbability,
        status: !kept ? 'pruned' : finished ? 'finished' : 'kept',
      });
      if (kept && finished) finishedCount++;
      else if (kept) survivors.push({ node, state: candidate.next });
    });
    live = finishedCount >= width ? [] : survivors;
  }
  const finalists = nodes.filter((n) => n.status === 'finished');
  const deepest = maxDepth(nodes);
  const pool =
    finalists.length > 0
      ? finalists
      : nodes.filter((n) => n.status === 'kept' && n.depth === deepest);
  const best = pool.reduce((a, b) => (b.score > a.score ? b : a));
  const path = pathTo(nodes, best);
  const steps = path.map((node, i) => {
    const expansion = expansions.get(path[i - 1]?.id ?? 0)!;
    return { ...expansion, chosen: node.token };
  });
  const finished = best.token === EOS_ID;
  const tokens = path.map((n) => n.token).filter((t) => t !== EOS_ID);
  return { tokens, steps, finished, nodes, best: best.id };
}

function maxDepth(nodes: readonly BeamNode[]): number {
  return nodes.reduce((depth, n) => (n.status === 'kept' ? Math.max(depth, n.depth) : depth), 0);
}

/** The nodes from the root's first child down to `node`. */
function pathTo(nodes: readonly BeamNode[], node: BeamNode): BeamNode[] {
  const path: BeamNode[] = [];
  for (let n: BeamNode | undefined = node; n && n.parent !== null; n = nodes[n.parent])
    path.push(n);
  return path.reverse();
}
