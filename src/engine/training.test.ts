import { describe, expect, it } from 'vitest';
import { backward } from './autograd';
import { noGrad } from './context';
import { parameter, tensor, zeros } from './create';
import { xavierUniform } from './init';
import { add } from './ops/add';
import { crossEntropy } from './ops/crossEntropy';
import { matmul } from './ops/matmul';
import { mean } from './ops/mean';
import { mul } from './ops/mul';
import { sub } from './ops/sub';
import { tanh } from './ops/tanh';
import { Adam } from './optim/adam';
import { clipGradNorm } from './optim/clip';
import { SGD } from './optim/sgd';
import { createRng } from './random';
import type { Tensor } from './tensor';

/** A 1 → hidden → outputs tanh MLP with Xavier-initialised weights. */
function mlp(hidden: number, outputs: number, seed: number) {
  const rng = createRng(seed);
  const params = [
    parameter(xavierUniform(1, hidden, rng), 'W1'),
    parameter(zeros([hidden]), 'b1'),
    parameter(xavierUniform(hidden, outputs, rng), 'W2'),
    parameter(zeros([outputs]), 'b2'),
  ];
  const [w1, b1, w2, b2] = params as [Tensor, Tensor, Tensor, Tensor];
  const forward = (x: Tensor) => add(matmul(tanh(add(matmul(x, w1), b1)), w2), b2);
  return { params, forward };
}

const xs = Array.from({ length: 32 }, (_, i) => -2 + (4 * i) / 31);
const inputs = tensor(xs, [32, 1]);

describe('training', () => {
  it('fits sin(2x) with a 2-layer MLP and Adam: the loss falls by over 50×', () => {
    const targets = tensor(
      xs.map((x) => Math.sin(2 * x)),
      [32, 1],
    );
    const { params, forward } = mlp(16, 1, 1);
    const mse = () => {
      const error = sub(forward(inputs), targets);
      return mean(mul(error, error));
    };
    const optimizer = new Adam(params, { lr: 0.02 });
    const initial = noGrad(mse).data[0]!;
    for (let step = 0; step < 600; step++) {
      const { grads } = clipGradNorm(backward(mse()), params, 5);
      optimizer.step(grads);
    }
    expect(noGrad(mse).data[0]!).toBeLessThan(initial / 50);
  });

  it('learns a 3-class labelling with cross-entropy and SGD with momentum', () => {
    const labels = tensor(
      xs.map((x) => (x < -0.7 ? 0 : x < 0.7 ? 1 : 2)),
      [32],
    );
    const { params, forward } = mlp(8, 3, 2);
    const loss = () => crossEntropy(forward(inputs), labels);
    const optimizer = new SGD(params, { lr: 0.3, momentum: 0.9 });
    const initial = noGrad(loss).data[0]!;
    for (let step = 0; step < 300; step++) optimizer.step(backward(loss()));
    expect(noGrad(loss).data[0]!).toBeLessThan(initial / 5);
  });
});
