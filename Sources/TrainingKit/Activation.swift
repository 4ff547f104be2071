#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a dense layer applies to each of its sums z: a = f(z).
public enum Activation: String, CaseIterable, Sendable, Hashable, Codable {
    /// σ(z) = 1 / (1 + e⁻ᶻ), in (0, 1): the output of an autoencoder for images in [0, 1] (the same
    /// formula as LossKit's, written here so it compiles into the loop).
    case sigmoid
    /// tanh z, in (−1, 1).
    case tanh
    /// max(z, 0).
    case relu
    /// z itself.
    case linear

    /// Applies the activation to `count` values of `z`, writing them to `a`.
    @inline(__always)
    func apply(_ z: UnsafePointer<Double>, _ a: UnsafeMutablePointer<Double>, count: Int) {
        switch self {
        case .sigmoid: for k in 0..<count { a[k] = 1 / (1 + exp(-z[k])) }
        case .tanh: for k in 0..<count { a[k] = hyperbolicTangent(z[k]) }
        case .relu: for k in 0..<count { a[k] = max(z[k], 0) }
        case .linear: for k in 0..<count { a[k] = z[k] }
        }
    }

    /// Multiplies each `delta` (dL/da) by f′(z), given z and a = f(z), turning it into dL/dz.
    @inline(__always)
    func scaleBySlope(_ delta: UnsafeMutablePointer<Double>, z: UnsafePointer<Double>, a: UnsafePointer<Double>, count: Int) {
        switch self {
        case .sigmoid: for k in 0..<count { delta[k] *= a[k] * (1 - a[k]) }
        case .tanh: for k in 0..<count { delta[k] *= 1 - a[k] * a[k] }
        case .relu: for k in 0..<count { delta[k] = z[k] > 0 ? delta[k] : 0 }
        case .linear: break
        }
    }
}

/// tanh from the C library (inside `Activation`, the name `tanh` is the case).
@inline(__always)
private func hyperbolicTangent(_ z: Double) -> Double { tanh(z) }
