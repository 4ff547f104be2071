"""LossLab's autoencoder (TrainingKit) written again in NumPy, float64, operation for operation.

The same SplitMix64 generator draws the same Glorot-uniform weights in the same order and the same
Fisher-Yates shuffles, so a run started from the same seed follows the same loss curve. Used by
Tests/TrainingKitTests/make_reference.py (reference curves) and Benchmarks/numpy_train.py (timing).
"""
import numpy as np

MASK = (1 << 64) - 1
BETA1, BETA2, EPS, MOMENTUM = 0.9, 0.999, 1e-8, 0.9
KERAS_EPS = 1e-7


class SplitMix64:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def unit(self):
        return (self.next() >> 11) * 2.0 ** -53

    def below(self, n):
        return (self.next() * n) >> 64

    def shuffle(self, order):
        for i in range(len(order) - 1, 0, -1):
            j = self.below(i + 1)
            order[i], order[j] = order[j], order[i]


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_minus(z, x):
    """sigma(z) - x, as LossKit computes it: (1 - x) - sigma(-z) for z >= 0."""
    return np.where(z >= 0, (1.0 - x) - sigmoid(-z), sigmoid(z) - x)


ACTIVATIONS = {
    "sigmoid": (sigmoid, lambda z, a: a * (1.0 - a)),
    "tanh": (np.tanh, lambda z, a: 1.0 - a * a),
    "relu": (lambda z: np.maximum(z, 0.0), lambda z, a: (z > 0).astype(np.float64)),
    "linear": (lambda z: z, lambda z, a: np.ones_like(z)),
}


def element_loss(loss, x, z, a, logits):
    """Each element's loss, from the logits z or from the outputs a (BCE then under the Keras convention)."""
    if logits:
        if loss == "bce":
            return np.maximum(z, 0.0) - z * x + np.log1p(np.exp(-np.abs(z)))
        d = sigmoid_minus(z, x)
        return d * d if loss == "mse" else np.abs(d)
    if loss == "bce":
        c = np.clip(a, KERAS_EPS, 1 - KERAS_EPS)
        return -(np.where(x == 0, 0.0, x * np.log(c)) + np.where(x == 1, 0.0, (1 - x) * np.log(1 - c)))
    return (x - a) ** 2 if loss == "mse" else np.abs(x - a)


def element_gradient(loss, x, z, a, logits):
    """Each element's gradient before the mean: by z from the logits, by a otherwise."""
    if logits:
        if loss == "bce":
            return sigmoid_minus(z, x)
        slope = sigmoid(z) * sigmoid(-z)
        return 2.0 * sigmoid_minus(z, x) * slope if loss == "mse" else np.sign(sigmoid(z) - x) * slope
    if loss == "bce":
        inside = (a >= KERAS_EPS) & (a <= 1 - KERAS_EPS)
        return np.where(inside, (1 - x) / (1 - a) - x / a, 0.0)
    return 2.0 * (a - x) if loss == "mse" else np.sign(a - x)


class Autoencoder:
    def __init__(self, widths, activations, seed, optimizer, lr, loss, logits=True):
        self.random = SplitMix64(seed)
        self.weights, self.biases = [], []
        for k in range(len(activations)):
            n_in, n_out = widths[k], widths[k + 1]
            limit = np.sqrt(6.0 / (n_in + n_out))
            w = np.array([(2.0 * self.random.unit() - 1.0) * limit for _ in range(n_in * n_out)])
            self.weights.append(w.reshape(n_in, n_out))
            self.biases.append(np.zeros(n_out))
        self.activations = activations
        self.optimizer, self.lr, self.loss, self.logits = optimizer, lr, loss, logits
        self.steps = 0
        self.first = [np.zeros_like(p) for p in self.parameters()]
        self.second = [np.zeros_like(p) for p in self.parameters()]

    def parameters(self):
        return [p for pair in zip(self.weights, self.biases) for p in pair]

    def forward(self, x):
        zs, outs, a = [], [], x
        for w, b, name in zip(self.weights, self.biases, self.activations):
            z = a @ w + b
            a = ACTIVATIONS[name][0](z)
            zs.append(z)
            outs.append(a)
        return zs, outs

    def mean_loss(self, x, loss):
        zs, outs = self.forward(x)
        return float(np.mean(element_loss(loss, x, zs[-1], outs[-1], self.logits)))

    def step(self, x):
        zs, outs = self.forward(x)
        delta = element_gradient(self.loss, x, zs[-1], outs[-1], self.logits) / x.size
        if not self.logits:
            delta = delta * ACTIVATIONS[self.activations[-1]][1](zs[-1], outs[-1])
        grads = []
        for k in range(len(self.weights) - 1, -1, -1):
            below = x if k == 0 else outs[k - 1]
            grads = [below.T @ delta, delta.sum(axis=0)] + grads
            if k > 0:
                delta = (delta @ self.weights[k].T) * ACTIVATIONS[self.activations[k - 1]][1](zs[k - 1], outs[k - 1])
        self.update(grads)

    def update(self, grads):
        self.steps += 1
        step = self.lr / (1 - BETA1 ** self.steps)
        r = 1 / np.sqrt(1 - BETA2 ** self.steps)
        for p, g, m, v in zip(self.parameters(), grads, self.first, self.second):
            if self.optimizer == "sgd":
                m *= MOMENTUM
                m += g
                p -= self.lr * m
            else:  # PyTorch's arrangement of Adam, one division per parameter
                m[...] = BETA1 * m + (1 - BETA1) * g
                v[...] = BETA2 * v + (1 - BETA2) * g * g
                p -= step * (m / (np.sqrt(v) * r + EPS))

    def epoch(self, data, batch):
        order = list(range(len(data)))
        self.random.shuffle(order)
        for start in range(0, len(data), batch):
            self.step(data[order[start:start + batch]])
