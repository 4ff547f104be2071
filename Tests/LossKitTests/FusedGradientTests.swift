import Testing
@testable import LossKit

@Suite("FusedLoss.gradient")
struct FusedGradientTests {
    @Test("Writes the very gradients FusedLoss.value writes, for every loss, convention, reduction, precision and logits")
    func sameAsValue() {
        let x = [0, 1, 0.3, 1, 0, 0.5, 1, 0]
        let predictions = [0.2, 0.9, 0.3, 1e-9, 1, 0.5, -3, 40]
        for loss in Loss.all {
            for convention in Convention.allCases {
                for reduction in Reduction.allCases {
                    for precision in Precision.allCases {
                        for logits in [false, true] {
                            let spec = LossSpec(loss: loss, convention: convention, reduction: reduction, precision: precision, logits: logits)
                            let p = logits ? predictions : predictions.map { min(max($0, 0), 1) }
                            var viaValue = [Double](repeating: 0, count: x.count)
                            var alone = viaValue
                            x.withUnsafeBufferPointer { xb in
                                p.withUnsafeBufferPointer { pb in
                                    viaValue.withUnsafeMutableBufferPointer { _ = FusedLoss.value(spec, x: xb, xhat: pb, gradient: $0) }
                                    alone.withUnsafeMutableBufferPointer { FusedLoss.gradient(spec, x: xb, xhat: pb, into: $0) }
                                }
                            }
                            #expect(alone.map(\.bitPattern) == viaValue.map(\.bitPattern), "\(spec)")
                        }
                    }
                }
            }
        }
    }
}
