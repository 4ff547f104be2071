import Testing
@testable import LossKit

/// Results against 50-digit references: 1e-14 relative up to n = 100, 1e-13 up to n = 10^6.
@Suite struct ReferenceTests {
    static let smallCases = referenceCases.filter { $0.n <= 1000 }
    static let largeCases = referenceCases.filter { $0.n > 1000 }

    static func tolerance(_ n: Int) -> Double { n <= 100 ? 1e-14 : 1e-13 }

    static func relativeError(_ value: Double, _ reference: Double) -> Double {
        abs(value - reference) / abs(reference)
    }

    @Test(arguments: smallCases + largeCases)
    func evaluationMatchesReference(_ c: ReferenceCase) {
        let (x, xhat) = c.inputs()
        let mean = Evaluation(spec: LossSpec(loss: c.loss, convention: c.convention, reduction: .mean), x: x, xhat: xhat)
        let sum = Evaluation(spec: LossSpec(loss: c.loss, convention: c.convention, reduction: .sum), x: x, xhat: xhat)
        #expect(Self.relativeError(mean.value, c.mean) <= Self.tolerance(c.n), "mean \(mean.value) vs \(c.mean)")
        #expect(Self.relativeError(sum.value, c.sum) <= Self.tolerance(c.n), "sum \(sum.value) vs \(c.sum)")
    }

    @Test(arguments: smallCases + largeCases)
    func fusedLossMatchesReference(_ c: ReferenceCase) {
        let (x, xhat) = c.inputs()
        var gradient = [Double](repeating: 0, count: c.n)
        let value = x.withUnsafeBufferPointer { xb in
            xhat.withUnsafeBufferPointer { pb in
                gradient.withUnsafeMutableBufferPointer { gb in
                    FusedLoss.value(LossSpec(loss: c.loss, convention: c.convention), x: xb, xhat: pb, gradient: gb)
                }
            }
        }
        #expect(Self.relativeError(value, c.mean) <= Self.tolerance(c.n), "fused \(value) vs \(c.mean)")
        // The gradient against mpmath's numerical derivative of the 50-digit loss, not against LossKit itself.
        let i = c.n / 2
        let scale = GradientOracleTests.scale(c.loss, c.convention, x: x[i], xhat: xhat[i]) / Double(c.n)
        #expect(abs(gradient[i] - c.gradient) <= 1e-14 * scale, "gradient \(gradient[i]) vs \(c.gradient)")
    }
}
