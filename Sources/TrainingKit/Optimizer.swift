#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The update rule, with its state: SGD with momentum, or Adam.
public struct Optimizer: Sendable, Hashable {
    /// The two rules.
    public enum Kind: String, CaseIterable, Sendable, Hashable, Codable {
        /// v ← μv + g, θ ← θ − ηv (PyTorch's form), μ = 0.9.
        case sgd
        /// Kingma and Ba's Adam with bias correction, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, arranged as
        /// PyTorch does: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², θ ← θ − (η / (1 − β₁ᵗ)) · m / (√v · r + ε)
        /// with r = 1 / √(1 − β₂ᵗ) computed once per step, so each parameter costs one division.
        case adam

        /// A learning rate that works for the default network on the generated data.
        public var defaultLearningRate: Double { self == .adam ? 0.01 : 2 }
    }

    public static let momentum = 0.9
    public static let beta1 = 0.9
    public static let beta2 = 0.999
    public static let epsilon = 1e-8

    public let kind: Kind
    public let learningRate: Double
    /// Updates taken so far.
    public private(set) var steps = 0
    /// SGD's velocity, or Adam's first moment.
    private var first: [Double]
    /// Adam's second moment (empty for SGD).
    private var second: [Double]

    public init(kind: Kind, learningRate: Double, parameterCount: Int) {
        self.kind = kind
        self.learningRate = learningRate
        first = [Double](repeating: 0, count: parameterCount)
        second = kind == .adam ? [Double](repeating: 0, count: parameterCount) : []
    }

    /// Moves `parameters` one step against `gradient`.
    public mutating func update(_ parameters: inout [Double], gradient: [Double]) {
        precondition(parameters.count == first.count && gradient.count == first.count, "one gradient per parameter")
        steps += 1
        let lr = learningRate
        let n = parameters.count
        switch kind {
        case .sgd:
            let mu = Self.momentum
            parameters.withUnsafeMutableBufferPointer { p in
                first.withUnsafeMutableBufferPointer { v in
                    gradient.withUnsafeBufferPointer { g in
                        for k in 0..<n {
                            v[k] = mu * v[k] + g[k]
                            p[k] -= lr * v[k]
                        }
                    }
                }
            }
        case .adam:
            let (b1, b2, eps) = (Self.beta1, Self.beta2, Self.epsilon)
            let step = lr / (1 - pow(b1, Double(steps)))
            let r = 1 / (1 - pow(b2, Double(steps))).squareRoot()
            parameters.withUnsafeMutableBufferPointer { p in
                first.withUnsafeMutableBufferPointer { m in
                    second.withUnsafeMutableBufferPointer { v in
                        gradient.withUnsafeBufferPointer { g in
                            Self.adam(p.baseAddress!, m.baseAddress!, v.baseAddress!, g.baseAddress!, count: n,
                                      b1: b1, b2: b2, eps: eps, step: step, r: r)
                        }
                    }
                }
            }
        }
    }

    /// Adam's update, two parameters at a time in SIMD registers (the compiler leaves the scalar
    /// loop unvectorised because of the square root); every lane computes what the scalar rest does.
    @inline(__always)
    private static func adam(_ p: UnsafeMutablePointer<Double>, _ m: UnsafeMutablePointer<Double>, _ v: UnsafeMutablePointer<Double>,
                             _ g: UnsafePointer<Double>, count n: Int, b1: Double, b2: Double, eps: Double, step: Double, r: Double) {
        typealias Lanes = SIMD2<Double>
        var k = 0
        while k + Lanes.scalarCount <= n {
            let gk = UnsafeRawPointer(g + k).loadUnaligned(as: Lanes.self)
            let mk = b1 * UnsafeRawPointer(m + k).loadUnaligned(as: Lanes.self) + (1 - b1) * gk
            let vk = b2 * UnsafeRawPointer(v + k).loadUnaligned(as: Lanes.self) + (1 - b2) * gk * gk
            let pk = UnsafeRawPointer(p + k).loadUnaligned(as: Lanes.self) - step * (mk / (vk.squareRoot() * r + eps))
            UnsafeMutableRawPointer(m + k).storeBytes(of: mk, as: Lanes.self)
            UnsafeMutableRawPointer(v + k).storeBytes(of: vk, as: Lanes.self)
            UnsafeMutableRawPointer(p + k).storeBytes(of: pk, as: Lanes.self)
            k += Lanes.scalarCount
        }
        while k < n {
            m[k] = b1 * m[k] + (1 - b1) * g[k]
            v[k] = b2 * v[k] + (1 - b2) * g[k] * g[k]
            p[k] -= step * (m[k] / (v[k].squareRoot() * r + eps))
            k += 1
        }
    }
}
