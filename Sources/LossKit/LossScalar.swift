#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A floating-point type a loss can be computed in: `Double` (float64), or `Float` (float32) as
/// PyTorch and Keras compute by default.
///
/// Each operation is the C library's function for the type (`log` or `logf`, …), so a float32 result
/// is what a float32 program gets, not a rounded float64 one.
public protocol LossScalar: BinaryFloatingPoint, Sendable {
    /// The natural logarithm.
    static func logarithm(_ x: Self) -> Self
    /// log(1 + x), accurate for tiny x.
    static func logarithmOnePlus(_ x: Self) -> Self
    /// eˣ.
    static func exponential(_ x: Self) -> Self
}

extension Double: LossScalar {
    @inline(__always) public static func logarithm(_ x: Double) -> Double { log(x) }
    @inline(__always) public static func logarithmOnePlus(_ x: Double) -> Double { log1p(x) }
    @inline(__always) public static func exponential(_ x: Double) -> Double { exp(x) }
}

extension Float: LossScalar {
    @inline(__always) public static func logarithm(_ x: Float) -> Float { logf(x) }
    @inline(__always) public static func logarithmOnePlus(_ x: Float) -> Float { log1pf(x) }
    @inline(__always) public static func exponential(_ x: Float) -> Float { expf(x) }
}

extension LossScalar {
    /// The Sigmoid σ(z) = 1 / (1 + e⁻ᶻ), as a network's output layer applies it.
    @inline(__always)
    public static func sigmoid(_ z: Self) -> Self { 1 / (1 + exponential(-z)) }

    /// The logit log(p / (1 − p)), the z with σ(z) = p; ±∞ at 0 and 1.
    @inline(__always)
    public static func logit(_ p: Self) -> Self { logarithm(p) - logarithmOnePlus(-p) }

    /// σ(z) − x, computed as (1 − x) − σ(−z) for z ≥ 0, so a σ near 1 does not round its small
    /// distance from a target of 1 away.
    @inline(__always)
    public static func sigmoidMinus(_ z: Self, _ x: Self) -> Self { z >= 0 ? (1 - x) - sigmoid(-z) : sigmoid(z) - x }

    /// σ′(z) = σ(z)·σ(−z), which keeps its digits where σ(z) rounds to 1 (σ(z)(1 − σ(z)) would not).
    @inline(__always)
    public static func sigmoidSlope(_ z: Self) -> Self { sigmoid(z) * sigmoid(-z) }
}
