import Testing
import Foundation
@testable import LossKit

/// Every loss's gradient against two independent oracles: mpmath's derivatives of the 50-digit loss
/// (`referenceGradients`), and central finite differences of LossKit's own loss at random points.
@Suite struct GradientOracleTests {
    /// The size of the terms a gradient is computed from, so a result that cancels to nearly 0 is
    /// judged against the rounding of its parts: Keras' (1 − x)/(1 − c) − x/c, σ(z) − x from logits.
    static func scale(_ loss: Loss, _ convention: Convention, logits: Bool = false, x: Double, xhat p: Double) -> Double {
        let exact = logits ? abs(loss.logitElementGradient(x: x, z: p)) : abs(loss.elementGradient(x: x, xhat: p, convention: convention))
        if logits { return exact + 1 }
        guard loss.usesConvention else { return max(exact, 2 * (abs(x) + abs(p))) }
        return exact + abs(x / p) + abs((1 - x) / (1 - p))
    }

    @Test(arguments: referenceGradients)
    func matchesMpmath(_ r: GradientReference) {
        let spec = LossSpec(loss: r.loss, convention: r.convention, logits: r.logits)
        let value = spec.elementLoss(x: r.x, prediction: r.prediction)
        let derivative = spec.gradient(x: r.x, prediction: r.prediction, count: 1)
        let scale = Self.scale(r.loss, r.convention, logits: r.logits, x: r.x, xhat: r.prediction)
        #expect(abs(value - r.value) <= 1e-14 * max(abs(r.value), 1e-300), "loss \(value) vs \(r.value)")
        #expect(abs(derivative - r.derivative) <= 4e-15 * scale, "derivative \(derivative) vs \(r.derivative)")
    }

    /// Central differences (L(p + h) − L(p − h)) / 2h at interior points, for every loss and convention,
    /// and by z from logits; h = 1e-5 keeps the truncation error (about h² L‴) and the rounding
    /// error (about 1e-16 L / h) both near 1e-10 of the gradient's scale.
    @Test(arguments: Loss.all)
    func matchesFiniteDifferences(_ loss: Loss) {
        var random = SplitMix64(seed: 2024)
        let conventions = loss.usesConvention ? Convention.allCases : [.exact]
        for logits in [false, true] {
            for convention in logits ? [.exact] : conventions {
                let spec = LossSpec(loss: loss, convention: convention, logits: logits)
                for k in 0..<500 {
                    let x = k % 2 == 0 ? (random.unit() < 0.5 ? 0.0 : 1.0) : random.unit()
                    let p = logits ? 16 * random.unit() - 8 : 0.02 + 0.96 * random.unit()
                    let h = 1e-5
                    // |x − x̂| has a corner where x̂ = x: differences across it mean nothing.
                    if !logits && abs(x - p) < 2 * h { continue }
                    let difference = (spec.elementLoss(x: x, prediction: p + h) - spec.elementLoss(x: x, prediction: p - h)) / (2 * h)
                    let gradient = spec.gradient(x: x, prediction: p, count: 1)
                    let scale = Self.scale(loss, convention, logits: logits, x: x, xhat: p)
                    #expect(abs(gradient - difference) <= 1e-7 * scale,
                            "\(spec.loss) \(convention) logits=\(logits) x=\(x) p=\(p): \(gradient) vs \(difference)")
                }
            }
        }
    }

    /// float32 terms within 1 ulp of numpy's float32 computation of PyTorch's and Keras' formulas.
    @Test(arguments: referenceFloat32Terms)
    func float32TermsMatchTheLibrariesFormulas(_ r: Float32Reference) {
        let value: Float = Loss.bce.definition.elementLoss(x: Float(r.x), xhat: Float(r.xhat), convention: r.convention)
        let expected = Float(r.value)
        #expect(abs(value - expected) <= expected.ulp, "\(value) vs \(expected)")
    }

    /// Keras in float32 charges 15.94 for x = 0, x̂ = 1, not 16.12: 1 − 1e-7 rounds to 1 − 2⁻²³ in float32.
    /// In float64 Keras' log(1 − c) takes 1 − (1 − 1e-7), itself rounded, as its code does.
    @Test func kerasCapInFloat32() {
        let float32 = LossSpec(loss: .bce, convention: .keras, precision: .float32).elementLoss(x: 0, prediction: 1)
        let float64 = LossSpec(loss: .bce, convention: .keras).elementLoss(x: 0, prediction: 1)
        #expect(Float(float32) == -logf(0x1p-23))
        #expect(abs(float32 - 15.942385) < 1e-5)
        #expect(float64 == -log(1 - (1 - 1e-7)))
        #expect(abs(float64 - 16.118095650958317) < 1e-9)
    }
}
