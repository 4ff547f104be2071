import Foundation
import Testing
@testable import LossKit

/// Single elements at the edges, where the three BCE conventions part ways.
@Suite struct ConventionTests {
    func bce(_ x: Double, _ xhat: Double, _ convention: Convention) -> Double {
        Loss.bce.elementLoss(x: x, xhat: xhat, convention: convention)
    }

    @Test func confidentMistakeCostsInfinityOnlyUnderTheExactFormula() {
        #expect(bce(1, 0, .exact) == .infinity)
        #expect(bce(0, 1, .exact) == .infinity)
        #expect(bce(1, 0, .pytorch) == 100)
        #expect(bce(0, 1, .pytorch) == 100)
        // Keras: −log(1e-7), about 16.118.
        #expect(bce(1, 0, .keras) == -log(1e-7))
        #expect(abs(bce(1, 0, .keras) - 16.11809565095832) < 1e-13)
        #expect(abs(bce(0, 1, .keras) - 16.11809565095832) < 1e-8)
    }

    @Test func zeroTimesLogZeroIsZero() {
        // x = 1, x̂ = 1: the (1 − x) log(1 − x̂) term is 0 · log 0 = 0.
        #expect(bce(1, 1, .exact) == 0)
        #expect(bce(0, 0, .exact) == 0)
        #expect(bce(1, 1, .pytorch) == 0)
        #expect(bce(0, 0, .pytorch) == 0)
        // Keras clips first, so even a perfect prediction costs −log(1 − 1e-7) ≈ 1e-7.
        #expect(abs(bce(1, 1, .keras) - 1.0000000494736474e-7) < 1e-20)
        #expect(bce(1, 1, .exact).sign == .plus)
    }

    @Test func softTargetBottomsOutAtItsEntropy() {
        // H(0.3) = −[0.3 log 0.3 + 0.7 log 0.7] ≈ 0.6109, reached at x̂ = 0.3, not 0.
        let h = bce(0.3, 0.3, .exact)
        #expect(abs(h - 0.6108643020548935) < 1e-15)
        #expect(bce(0.3, 0.29, .exact) > h)
        #expect(bce(0.3, 0.31, .exact) > h)
        #expect(Loss.bce.elementGradient(x: 0.3, xhat: 0.3, convention: .exact) == 0)
    }

    @Test func tinyPredictionsKeepFullPrecision() {
        // −log(1e-300) ≈ 690.78 exactly, but PyTorch clamps it to 100 and Keras to 16.12.
        #expect(abs(bce(1, 1e-300, .exact) - 690.7755278982137) < 1e-12)
        #expect(bce(1, 1e-300, .pytorch) == 100)
        #expect(bce(1, 1e-300, .keras) == -log(1e-7))
        // −log(1 − 1e-300) = 1e-300 to full precision, thanks to log1p.
        #expect(bce(0, 1e-300, .exact) == 1e-300)
    }

    @Test func bceWhenTheTargetIsOneOrZero() {
        // xᵢ = 1 leaves −log x̂ᵢ; xᵢ = 0 leaves −log(1 − x̂ᵢ).
        #expect(bce(1, 0.9, .exact) == -log(0.9))
        #expect(bce(0, 0.2, .exact) == -log1p(-0.2))
        #expect(abs(bce(1, 0.9, .exact) - 0.10536051565782628) < 1e-16)
    }

    @Test func mseIgnoresTheConvention() {
        for convention in Convention.allCases {
            #expect(Loss.mse.elementLoss(x: 1, xhat: 0.2, convention: convention) == 0.6400000000000001)
            #expect(Loss.mse.elementLoss(x: 3, xhat: 1, convention: convention) == 4)
            #expect(Loss.mse.elementGradient(x: 1, xhat: 0.2, convention: convention) == -1.6)
        }
    }

    @Test func bceGradientFollowsEachConvention() {
        // (x̂ − x) / (x̂(1 − x̂)): at x = 1, x̂ = 0.5 that is −0.5 / 0.25 = −2.
        #expect(Loss.bce.elementGradient(x: 1, xhat: 0.5, convention: .exact) == -2)
        #expect(Loss.bce.elementGradient(x: 1, xhat: 0, convention: .exact) == -.infinity)
        #expect(Loss.bce.elementGradient(x: 0, xhat: 1, convention: .exact) == .infinity)
        // Where the loss is 0 · log 0, the gradient is the limit of the surviving term.
        #expect(Loss.bce.elementGradient(x: 0, xhat: 0, convention: .exact) == 1)
        #expect(Loss.bce.elementGradient(x: 1, xhat: 1, convention: .exact) == -1)
        // PyTorch floors x̂(1 − x̂) at its C++ float constant 1e-12, which is 9.999999960041972e-13 as a
        // double: −1 / that, exactly what torch prints for x = 1, x̂ = 0 in float64.
        #expect(Loss.bce.elementGradient(x: 1, xhat: 0, convention: .pytorch) == -1000000003995.8029)
        // Keras' clip stops the gradient outside [1e-7, 1 − 1e-7].
        #expect(Loss.bce.elementGradient(x: 1, xhat: 0, convention: .keras) == 0)
        #expect(Loss.bce.elementGradient(x: 1, xhat: 0.5, convention: .keras) == -2)
    }

    @Test func reductionScalesValueAndGradient() {
        let x = [1.0, 0, 1]
        let xhat = [0.9, 0.2, 0.6]
        let mean = Evaluation(spec: LossSpec(loss: .mse), x: x, xhat: xhat)
        let sum = Evaluation(spec: LossSpec(loss: .mse, reduction: .sum), x: x, xhat: xhat)
        #expect(abs(sum.value - 0.21) < 1e-16)
        #expect(abs(mean.value - 0.07) < 1e-16)
        #expect(mean.terms[1].gradient == 2 * 0.2 / 3)
        #expect(sum.terms[1].gradient == 2 * 0.2)
    }

    @Test func singleElementIsItsOwnLoss() {
        let e = Evaluation(spec: LossSpec(loss: .bce), x: [1], xhat: [0.5])
        #expect(e.n == 1)
        #expect(e.value == log(2))
        #expect(e.sum == e.value)
    }

    @Test func infiniteTermMakesTheWholeLossInfinite() {
        let e = Evaluation(spec: LossSpec(loss: .bce), x: [1, 0, 1], xhat: [0, 0.2, 0.6])
        #expect(e.value == .infinity)
        #expect(e.terms[0].loss == .infinity)
        let fused = [1.0, 0, 1].withUnsafeBufferPointer { x in
            [0.0, 0.2, 0.6].withUnsafeBufferPointer { p in FusedLoss.value(LossSpec(loss: .bce), x: x, xhat: p) }
        }
        #expect(fused == .infinity)
    }
}

/// `elementLoss` skips logs with zero weight; it must still equal the full term bit for bit.
@Suite struct ElementLossConsistencyTests {
    @Test(arguments: Convention.allCases)
    func elementLossEqualsTheTermsLoss(_ convention: Convention) {
        var random = SplitMix64(seed: 99)
        let edges: [Double] = [0, 1, 1e-300, 1e-7, 0.5, 1 - 1e-7, 1 - 1e-16]
        for _ in 0..<2000 {
            for x in [0, 1, random.unit()] {
                for xhat in edges + [random.unit()] {
                    // The term's parts: x̂ used, log x̂, x·log x̂, log(1 − x̂), (1 − x)·log(1 − x̂).
                    let parts = Loss.bce.definition.termValues(x: x, xhat: xhat, convention: convention)
                    let quick = Loss.bce.elementLoss(x: x, xhat: xhat, convention: convention)
                    #expect((0 - (parts[2] + parts[4])).bitPattern == quick.bitPattern, "x=\(x) x̂=\(xhat)")
                    let single = Loss.bce.definition.termValues(x: Float(x), xhat: Float(xhat), convention: convention)
                    let quickSingle: Float = Loss.bce.definition.elementLoss(x: Float(x), xhat: Float(xhat), convention: convention)
                    #expect((0 - (single[2] + single[4])).bitPattern == quickSingle.bitPattern, "float32 x=\(x) x̂=\(xhat)")
                }
            }
        }
    }
}
