@testable import LossKit

/// One loss computed in high precision by make_reference.py.
struct ReferenceCase: Sendable, CustomStringConvertible {
    enum Targets: Sendable { case binary, soft }
    var loss: Loss
    var convention: Convention
    var targets: Targets
    var n: Int
    var seed: UInt64
    var mean: Double
    var sum: Double
    /// dL/dx̂ of the mean loss at element n / 2 (0-based).
    var gradient: Double

    var description: String { "\(loss) \(convention) \(targets) n=\(n)" }

    /// The inputs, drawn exactly as make_reference.py draws them.
    func inputs() -> (x: [Double], xhat: [Double]) {
        var random = SplitMix64(seed: seed)
        var x: [Double] = []
        var xhat: [Double] = []
        x.reserveCapacity(n)
        xhat.reserveCapacity(n)
        for _ in 0..<n {
            let u = random.unit()
            let v = random.unit()
            x.append(targets == .binary ? (u < 0.5 ? 1 : 0) : u)
            xhat.append(v)
        }
        return (x, xhat)
    }
}

/// One element's loss and its derivative (by x̂, or by z when `logits`) at an interior point, from mpmath.
struct GradientReference: Sendable, CustomStringConvertible {
    var loss: Loss
    var convention: Convention
    var logits: Bool
    var x: Double
    var prediction: Double
    var value: Double
    var derivative: Double

    var description: String { "\(loss) \(convention)\(logits ? " logits" : "") x=\(x) p=\(prediction)" }
}

/// A BCE element loss computed by numpy in float32 as PyTorch or Keras writes it.
struct Float32Reference: Sendable, CustomStringConvertible {
    var convention: Convention
    var x: Double
    var xhat: Double
    var value: Double

    var description: String { "\(convention) x=\(x) x̂=\(xhat)" }
}
