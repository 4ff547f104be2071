import Testing
@testable import LossKit

/// One gradient-descent step on the predictions, against values worked out by hand:
/// p ← p − η ∂L/∂p with each loss's gradient written out in the test, mean over n.
///
/// The references were computed in float64 from the closed forms quoted above each test
/// (Python, `x - eta * grad` with the formula typed in), not from LossKit.
@Suite struct DescentTests {
    /// An evaluation of `losses` on x and predictions (probabilities, or logits when `logits`).
    func evaluation(_ losses: [Loss], x: [Double], p: [Double], convention: Convention = .exact,
                    logits: Bool = false) -> IncrementalEvaluation {
        IncrementalEvaluation(try! LossInput(x: x, xhat: p, losses: losses, logits: logits), losses: losses,
                              convention: convention, logits: logits)
    }

    func expectClose(_ actual: [Double], _ expected: [Double], relative: Double = 1e-14,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (a, e) in zip(actual, expected) {
            #expect(abs(a - e) <= relative * abs(e), "\(a) vs \(e)", sourceLocation: sourceLocation)
        }
    }

    /// MSE: ∂L/∂x̂ᵢ = 2(x̂ᵢ − xᵢ)/n; η = 0.1, n = 3.
    @Test func mseStepsAgainstTwiceTheError() {
        var e = evaluation([.mse], x: [1, 0, 1], p: [0.9, 0.2, 0.6])
        let step = e.descend(by: .mse, rate: 0.1)
        #expect(step == DescentStep(clamped: 0, bounds: nil))
        expectClose(e.predictions, [0.9066666666666667, 0.18666666666666668, 0.6266666666666667])
        #expect(abs(e.value(.mse) - ((1 - e.predictions[0]) * (1 - e.predictions[0]) + e.predictions[1] * e.predictions[1]
            + (1 - e.predictions[2]) * (1 - e.predictions[2])) / 3) < 1e-15)
    }

    /// MAE: ∂L/∂x̂ᵢ = sign(x̂ᵢ − xᵢ)/n; every element moves by η/n = 1/30.
    @Test func maeStepsByTheSignOnly() {
        var e = evaluation([.mae], x: [1, 0, 1], p: [0.9, 0.2, 0.6])
        _ = e.descend(by: .mae, rate: 0.1)
        expectClose(e.predictions, [0.9333333333333333, 0.16666666666666669, 0.6333333333333333])
    }

    /// BCE: ∂L/∂x̂ᵢ = (x̂ᵢ − xᵢ)/(x̂ᵢ(1 − x̂ᵢ))/n; η = 0.1, n = 3. Inside (1e-7, 1 − 1e-7) the three
    /// conventions agree.
    @Test(arguments: Convention.allCases)
    func bceStepsAgainstItsGradient(_ convention: Convention) {
        var e = evaluation([.bce], x: [1, 0, 1], p: [0.9, 0.2, 0.6], convention: convention)
        _ = e.descend(by: .bce, rate: 0.1)
        expectClose(e.predictions, [0.9370370370370371, 0.15833333333333335, 0.6555555555555556])
    }

    /// Near 0 the conventions part (x = 1, x̂ = 1e-13, η = 1e-16, n = 1): exact divides by x̂(1 − x̂);
    /// PyTorch by max(x̂(1 − x̂), 1e-12 as a float); Keras's slope is 0 below 1e-7, so x̂ only goes
    /// up to the edge of the descent's bounds, and says so.
    @Test func bceConventionsPartNearZero() {
        let x: [Double] = [1]
        let p: [Double] = [1e-13]
        var exact = evaluation([.bce], x: x, p: p)
        var pytorch = evaluation([.bce], x: x, p: p, convention: .pytorch)
        var keras = evaluation([.bce], x: x, p: p, convention: .keras)
        #expect(exact.descend(by: .bce, rate: 1e-16)?.clamped == 0)
        #expect(pytorch.descend(by: .bce, rate: 1e-16)?.clamped == 0)
        #expect(keras.descend(by: .bce, rate: 1e-16) == DescentStep(clamped: 1, bounds: 1e-6...(1 - 1e-6)))
        expectClose(exact.predictions, [0.0010000000001])
        expectClose(pytorch.predictions, [0.00010000000049957028], relative: 1e-12)
        #expect(keras.predictions == [LossDomain.descentMargin])
    }

    /// From logits: MSE's ∂L/∂zᵢ = 2(σ(zᵢ) − xᵢ)σ(zᵢ)(1 − σ(zᵢ))/n and BCE's (σ(zᵢ) − xᵢ)/n;
    /// x = 1, 0, z = −2, 0.5, η = 0.5, n = 2. Logits are never clamped.
    @Test func logitsStepAgainstTheChainRule() {
        var mse = evaluation([.mse, .bce], x: [1, 0], p: [-2, 0.5], logits: true)
        var bce = mse
        #expect(mse.descentBounds == nil)
        #expect(mse.descend(by: .mse, rate: 0.5) == DescentStep(clamped: 0, bounds: nil))
        _ = bce.descend(by: .bce, rate: 0.5)
        expectClose(mse.predictions, [-1.9537609783850851, 0.4268598732365212])
        expectClose(bce.predictions, [-1.7798007305055294, 0.3443851671995364])
    }

    /// The vanishing gradient: x = 1, z = −6, η = 1, 20 steps. Through the Sigmoid MSE's push is
    /// about 0.005 and z barely moves; BCE's is about 1, and σ(z) passes 0.5 at step 7.
    @Test func mseThroughASigmoidBarelyMovesWhereBCEMovesAtOnce() {
        var mse = evaluation([.mse, .bce], x: [1], p: [-6], logits: true)
        var bce = mse
        for _ in 0..<20 {
            _ = mse.descend(by: .mse, rate: 1)
            _ = bce.descend(by: .bce, rate: 1)
        }
        expectClose(mse.predictions, [-5.896719009420207], relative: 1e-13)
        expectClose(bce.predictions, [2.5493181061155905], relative: 1e-13)
        #expect(abs(Double.sigmoid(mse.predictions[0]) - 0.002740914412637612) < 1e-15)
        #expect(abs(Double.sigmoid(bce.predictions[0]) - 0.9275276910421874) < 1e-14)
        #expect(Double.sigmoid(mse.predictions[0]) < 0.01)
        #expect(Double.sigmoid(bce.predictions[0]) > 0.5)
        #expect(abs(mse.value(.mse) - 0.9945256837865423) < 1e-14)
        #expect(abs(bce.value(.bce) - 0.07523262937512405) < 1e-14)
    }

    /// Probabilities stay strictly inside (0, 1) where BCE's exact gradient is finite; a loss on
    /// every real number is not clamped at all.
    @Test func probabilitiesAreHeldInsideTheOpenInterval() {
        var e = evaluation([.mse, .bce], x: [1, 0], p: [0, 1])
        let step = e.descend(by: .bce, rate: 0.1)
        #expect(step == DescentStep(clamped: 2, bounds: 1e-6...(1 - 1e-6)))
        #expect(e.predictions == [1 - 1e-6, 1e-6])
        #expect(e.value(.bce).isFinite)
        var free = evaluation([.mse], x: [1], p: [0])
        #expect(free.descend(by: .mse, rate: 2)?.clamped == 0)
        #expect(free.predictions == [4])
    }

    /// A step that would overflow is not taken: the predictions and the loss stay as they were.
    @Test func aStepThatOverflowsIsRefused() {
        var e = evaluation([.mse], x: [0], p: [1e300])
        let before = e
        #expect(e.descend(by: .mse, rate: 1e10) == nil)
        #expect(e == before)
    }
}
