/// One fully connected layer: a = f(x W + b), its numbers kept in the network's parameter buffer.
///
/// W is `inputs` × `outputs`, stored row by row (row i holds the weights leaving input i), so the
/// inner loops of the forward and backward passes run along contiguous memory. The bias follows
/// the weights. The loops work on eight outputs at a time in SIMD registers, each lane adding in
/// the same order as a scalar loop would.
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

    /// z = x W + b for `rows` inputs of `inputs` values each: zᵣₒ = bₒ + Σᵢ xᵣᵢ Wᵢₒ, i ascending.
    @inline(__always)
    func sums(_ x: UnsafePointer<Double>, rows: Int, parameters p: UnsafePointer<Double>, into z: UnsafeMutablePointer<Double>) {
        let w = p + offset
        let b = p + biasOffset
        let whole = outputs - outputs % Lanes.scalarCount
        for r in 0..<rows {
            let xr = x + r * inputs
            let zr = z + r * outputs
            var o = 0
            while o < whole {
                var sum = load(b + o)
                var wi = w + o
                for i in 0..<inputs {
                    sum += xr[i] * load(wi)
                    wi += outputs
                }
                store(sum, zr + o)
                o += Lanes.scalarCount
            }
            while o < outputs {
                var sum = b[o]
                for i in 0..<inputs { sum += xr[i] * w[i * outputs + o] }
                zr[o] = sum
                o += 1
            }
        }
    }

    /// Adds dL/dW = xᵀ δ and dL/db = Σ δ to `gradient`, where δ = dL/dz for `rows` inputs (rows ascending).
    @inline(__always)
    func accumulateGradient(_ x: UnsafePointer<Double>, delta: UnsafePointer<Double>, rows: Int,
                            into gradient: UnsafeMutablePointer<Double>) {
        let gw = gradient + offset
        let gb = gradient + biasOffset
        let whole = outputs - outputs % Lanes.scalarCount
        var o = 0
        while o < whole {
            var bias = load(gb + o)
            for r in 0..<rows { bias += load(delta + r * outputs + o) }
            store(bias, gb + o)
            for i in 0..<inputs {
                var sum = load(gw + (i &* outputs &+ o))
                var (xr, dr) = (x + i, delta + o)
                for _ in 0..<rows {
                    sum += xr.pointee * load(dr)
                    xr += inputs
                    dr += outputs
                }
                store(sum, gw + (i &* outputs &+ o))
            }
            o += Lanes.scalarCount
        }
        while o < outputs {
            for r in 0..<rows { gb[o] += delta[r * outputs + o] }
            for i in 0..<inputs {
                for r in 0..<rows { gw[i * outputs + o] += x[r * inputs + i] * delta[r * outputs + o] }
            }
            o += 1
        }
    }

    /// dL/dx = δ Wᵀ for `rows` inputs: each value a dot product along a row of W, eight lanes at a time.
    @inline(__always)
    func inputGradient(delta: UnsafePointer<Double>, rows: Int, parameters p: UnsafePointer<Double>,
                       into dx: UnsafeMutablePointer<Double>) {
        let w = p + offset
        let whole = outputs - outputs % Lanes.scalarCount
        for r in 0..<rows {
            let dr = delta + r * outputs
            for i in 0..<inputs {
                let wi = w + i * outputs
                var lanes = Lanes()
                var o = 0
                while o < whole {
                    lanes += load(dr + o) * load(wi + o)
                    o += Lanes.scalarCount
                }
                var sum = lanes.sum()
                while o < outputs {
                    sum += dr[o] * wi[o]
                    o += 1
                }
                dx[r * inputs + i] = sum
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
