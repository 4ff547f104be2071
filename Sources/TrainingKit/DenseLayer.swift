/// One fully connected layer: a = f(x W + b), its numbers kept in the network's parameter buffer.
///
/// W is `inputs` × `outputs`, stored row by row (row i holds the weights leaving input i), so the
/// inner loops of the forward and backward passes run along contiguous memory. The bias follows
/// the weights. The loops work on eight outputs at a time in SIMD registers and keep two
/// independent sums going (two rows, or two inputs) so neither waits for the other's additions;
/// each value is still summed in the order a plain scalar loop would use.
public struct DenseLayer: Sendable, Hashable, Codable {
    public let inputs: Int
    public let outputs: Int
    public let activation: Activation
    /// Where W starts in the parameter buffer; b starts `inputs · outputs` later.
    public let offset: Int

    public init(inputs: Int, outputs: Int, activation: Activation, offset: Int) {
        self.inputs = inputs
        self.outputs = outputs
        self.activation = activation
        self.offset = offset
    }

    /// The number of weights and biases.
    public var parameterCount: Int { inputs * outputs + outputs }
    /// Where b starts in the parameter buffer.
    var biasOffset: Int { offset + inputs * outputs }

    /// Eight doubles, the width the loops work in.
    typealias Lanes = SIMD8<Double>

    /// The outputs that fill whole SIMD blocks; the rest are done one by one.
    private var wholeOutputs: Int { outputs - outputs % Lanes.scalarCount }

    /// z = x W + b for `rows` inputs of `inputs` values each: zᵣₒ = bₒ + Σᵢ xᵣᵢ Wᵢₒ, i ascending.
    @inline(__always)
    func sums(_ x: UnsafePointer<Double>, rows: Int, parameters p: UnsafePointer<Double>, into z: UnsafeMutablePointer<Double>) {
        let w = p + offset
        let b = p + biasOffset
        var r = 0
        while r + 2 <= rows {
            let (xa, xb) = (x + r &* inputs, x + (r &+ 1) &* inputs)
            var o = 0
            while o < wholeOutputs {
                var (sa, sb) = (load(b + o), load(b + o))
                var wi = w + o
                for i in 0..<inputs {
                    let wv = load(wi)
                    sa += xa[i] * wv
                    sb += xb[i] * wv
                    wi += outputs
                }
                store(sa, z + (r &* outputs &+ o))
                store(sb, z + ((r &+ 1) &* outputs &+ o))
                o += Lanes.scalarCount
            }
            r += 2
        }
        if r < rows {
            let xa = x + r &* inputs
            var o = 0
            while o < wholeOutputs {
                var sa = load(b + o)
                var wi = w + o
                for i in 0..<inputs {
                    sa += xa[i] * load(wi)
                    wi += outputs
                }
                store(sa, z + (r &* outputs &+ o))
                o += Lanes.scalarCount
            }
        }
        for r in 0..<rows {
            for o in wholeOutputs..<outputs {
                var sum = b[o]
                for i in 0..<inputs { sum += x[r &* inputs &+ i] * w[i &* outputs &+ o] }
                z[r &* outputs &+ o] = sum
            }
        }
    }

    /// Adds dL/dW = xᵀ δ and dL/db = Σ δ to `gradient`, where δ = dL/dz for `rows` inputs (rows ascending).
    @inline(__always)
    func accumulateGradient(_ x: UnsafePointer<Double>, delta: UnsafePointer<Double>, rows: Int,
                            into gradient: UnsafeMutablePointer<Double>) {
        let gw = gradient + offset
        let gb = gradient + biasOffset
        var o = 0
        while o < wholeOutputs {
            var bias = load(gb + o)
            for r in 0..<rows { bias += load(delta + (r &* outputs &+ o)) }
            store(bias, gb + o)
            var i = 0
            while i + 2 <= inputs {
                var (sa, sb) = (load(gw + (i &* outputs &+ o)), load(gw + ((i &+ 1) &* outputs &+ o)))
                var (xr, dr) = (x + i, delta + o)
                for _ in 0..<rows {
                    let d = load(dr)
                    sa += xr[0] * d
                    sb += xr[1] * d
                    xr += inputs
                    dr += outputs
                }
                store(sa, gw + (i &* outputs &+ o))
                store(sb, gw + ((i &+ 1) &* outputs &+ o))
                i += 2
            }
            if i < inputs {
                var sa = load(gw + (i &* outputs &+ o))
                for r in 0..<rows { sa += x[r &* inputs &+ i] * load(delta + (r &* outputs &+ o)) }
                store(sa, gw + (i &* outputs &+ o))
            }
            o += Lanes.scalarCount
        }
        for o in wholeOutputs..<outputs {
            for r in 0..<rows { gb[o] += delta[r &* outputs &+ o] }
            for i in 0..<inputs {
                for r in 0..<rows { gw[i &* outputs &+ o] += x[r &* inputs &+ i] * delta[r &* outputs &+ o] }
            }
        }
    }

    /// dL/dx = δ Wᵀ for `rows` inputs: each value a dot product along a row of W, eight lanes at a
    /// time, two inputs at once.
    @inline(__always)
    func inputGradient(delta: UnsafePointer<Double>, rows: Int, parameters p: UnsafePointer<Double>,
                       into dx: UnsafeMutablePointer<Double>) {
        let w = p + offset
        for r in 0..<rows {
            let dr = delta + r &* outputs
            var i = 0
            while i + 2 <= inputs {
                let (wa, wb) = (w + i &* outputs, w + (i &+ 1) &* outputs)
                var (la, lb) = (Lanes(), Lanes())
                var o = 0
                while o < wholeOutputs {
                    let d = load(dr + o)
                    la += d * load(wa + o)
                    lb += d * load(wb + o)
                    o += Lanes.scalarCount
                }
                var (sa, sb) = (la.sum(), lb.sum())
                for o in wholeOutputs..<outputs {
                    sa += dr[o] * wa[o]
                    sb += dr[o] * wb[o]
                }
                dx[r &* inputs &+ i] = sa
                dx[r &* inputs &+ i &+ 1] = sb
                i += 2
            }
            if i < inputs {
                let wa = w + i &* outputs
                var la = Lanes()
                var o = 0
                while o < wholeOutputs {
                    la += load(dr + o) * load(wa + o)
                    o += Lanes.scalarCount
                }
                var sa = la.sum()
                for o in wholeOutputs..<outputs { sa += dr[o] * wa[o] }
                dx[r &* inputs &+ i] = sa
            }
        }
    }

    @inline(__always)
    private func load(_ pointer: UnsafePointer<Double>) -> Lanes {
        UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
    }

    @inline(__always)
    private func load(_ pointer: UnsafeMutablePointer<Double>) -> Lanes {
        UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
    }

    @inline(__always)
    private func store(_ lanes: Lanes, _ pointer: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: lanes, as: Lanes.self)
    }
}
