import Testing
@testable import LossKit

@Suite struct StepTests {
    let mse = Evaluation(spec: LossSpec(loss: .mse), x: [1, 0, 1], xhat: [0.9, 0.2, 0.6])

    @Test func mseStepsInOrder() {
        let steps = mse.steps(.unicode)
        #expect(steps.map(\.kind) == [.term(index: 1), .term(index: 2), .term(index: 3), .sum, .divide, .result])
        #expect(steps[1].symbolic == "(x₂ − x̂₂)²")
        #expect(steps[1].substituted == "(0 − 0.2)²")
        #expect(steps[1].value == 0.04000000000000001)
        #expect(steps[1].line(.unicode) == "(x₂ − x̂₂)² = (0 − 0.2)² = 0.04")
        #expect(steps[3].substituted == "0.01 + 0.04 + 0.16")
        #expect(steps[4].substituted == "0.21 / 3")
        #expect(abs(steps[5].value - 0.07) < 1e-16)
    }

    @Test func runningSumGrowsTermByTerm() {
        let running = mse.steps(.unicode).compactMap(\.runningSum)
        #expect(running.count == 3)
        #expect(abs(running[0] - 0.01) < 1e-17)
        #expect(abs(running[1] - 0.05) < 1e-17)
        #expect(abs(running[2] - 0.21) < 1e-16)
    }

    @Test func asciiStepsUseOnlyAscii() {
        let bce = Evaluation(spec: LossSpec(loss: .bce, convention: .pytorch), x: [1, 0], xhat: [0, 0.2])
        for step in bce.steps(.ascii) {
            #expect(step.line(.ascii).unicodeScalars.allSatisfy { $0.isASCII }, "\(step.line(.ascii))")
        }
        #expect(bce.steps(.ascii)[0].line(.ascii)
            == "-[x_1 max(log xhat_1, -100) + (1 - x_1) max(log(1 - xhat_1), -100)] = -[1 * max(log(0), -100) + 0 * max(log(1 - 0), -100)] = 100")
    }

    @Test func sumReductionHasNoDivision() {
        let e = Evaluation(spec: LossSpec(loss: .mse, reduction: .sum), x: [1, 0], xhat: [0, 0])
        #expect(e.steps(.unicode).map(\.kind) == [.term(index: 1), .term(index: 2), .sum, .result])
        #expect(e.value == 1)
    }

    @Test func longSumsAreElided() {
        let e = Evaluation(spec: LossSpec(loss: .mse), x: Array(repeating: 1, count: 10), xhat: Array(repeating: 0.5, count: 10))
        let sum = e.steps(.unicode).first { $0.kind == .sum }
        #expect(sum?.substituted == "0.25 + 0.25 + 0.25 + … + 0.25 + 0.25")
        #expect(sum?.value == 2.5)
    }

    @Test func kerasStepShowsTheClippedValue() {
        let e = Evaluation(spec: LossSpec(loss: .bce, convention: .keras), x: [1], xhat: [0])
        #expect(e.steps(.unicode)[0].line(.unicode)
            == "−[x₁ log c₁ + (1 − x₁) log(1 − c₁)], c₁ = clip(x̂₁, 1e-7, 1 − 1e-7) = −[1 · log(1e-7) + 0 · log(1 − 1e-7)] = 16.12")
    }
}
