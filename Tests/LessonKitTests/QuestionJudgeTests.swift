import LossKit
import Testing
@testable import LessonKit

/// Answers read the way people write them; text that is no answer is said to be so, not judged wrong;
/// a wrong number on a known wrong path is named.
@Suite struct QuestionJudgeTests {
    let choice = Question(prompt: "Which?", answer: .choice(options: ["MSE", "BCE", "MAE"], correct: 1), hint: "")
    let number = Question(prompt: "How much?", answer: .number(
        Computation(spec: LossSpec(loss: .mse), x: [1, 0], xhat: [0.5, 0.5]), tolerance: 0.001), hint: "")
    /// The MSE of x = 1, 0, 0.5 against x̂ = 0.8, 0.2, 0.5: squared errors 0.04, 0.04, 0, sum 0.08, mean 0.02667.
    let mean = Question(prompt: "MSE?", answer: .number(
        Computation(spec: LossSpec(loss: .mse), x: [1, 0, 0.5], xhat: [0.8, 0.2, 0.5]), tolerance: 0.00005), hint: "Square first.")

    @Test(arguments: ["b", "B", "b)", "(b)", "b.", " (B) ", "bce", "BCE"])
    func theRightOptionHoweverWritten(_ typed: String) {
        #expect(choice.judge(typed) == .right)
    }

    @Test func wrongAndUnreadableChoices() {
        #expect(choice.judge("a") == .wrong(nil))
        #expect(choice.judge("MAE") == .wrong(nil))
        #expect(choice.judge("e") == .unreadable("there is no option e: type a, b or c"))
        #expect(choice.judge("") == .unreadable("type a, b or c"))
        #expect(choice.judge("maybe") == .unreadable("type a, b or c"))
        #expect(choice.expectedForm == "a, b or c")
    }

    @Test func numbersAndExpressions() {
        #expect(number.judge("0.25") == .right)
        #expect(number.judge(".2505") == .right)
        #expect(number.judge("1/4") == .right)
        #expect(number.judge("(1 − 0.5)^2 ÷ 2 + 0.5^2 / 2") == .right)
        #expect(number.judge("0.3") == .wrong(nil))
        #expect(number.judge("  ") == .unreadable("type a number"))
        #expect(number.judge("0.2 0.3") == .unreadable("at column 5: expected an operator such as + or ×, or the end, not \"0.3\""))
        #expect(number.judge("0,25") == .unreadable("at column 2: write 0.25 with a point; a decimal comma is not read"))
        #expect(number.accepts("0.25"))
    }

    @Test func aWrongNumberOnAKnownPathIsNamed() {
        #expect(mean.judge("0.08") == .wrong(Feedback(.essential, mistake: .sumInsteadOfMean,
            "0.08 is Σᵢ (xᵢ − x̂ᵢ)², the sum of the 3 terms; the mean divides it by n = 3: 0.02667")))
        #expect(mean.judge("0.04") == .wrong(Feedback(.essential, mistake: .dividedByNMinusOne,
            "0.04 is the sum divided by n − 1 = 2; the mean divides it by n = 3: 0.02667")))
        #expect(mean.judge("0.027") == .wrong(Feedback(.actionable, mistake: .tooFewDigits,
            "0.027 is the answer rounded to 2 significant digits; keep more: 0.02667")))
        #expect(mean.judge("7") == .wrong(nil))
        #expect(mean.judge("0.08", notation: .ascii) == .wrong(Feedback(.essential, mistake: .sumInsteadOfMean,
            "0.08 is sum_i (x_i - xhat_i)^2, the sum of the 3 terms; the mean divides it by n = 3: 0.02667")))
        #expect(mean.judge("0.02667") == .right)
    }

    @Test func hintsInTiers() {
        #expect(mean.hints() == ["Square first.",
            "(x₁ − x̂₁)² = (1 − 0.8)² = 0.04; (x₂ − x̂₂)² = (0 − 0.2)² = 0.04; (x₃ − x̂₃)² = (0.5 − 0.5)² = 0; "
                + "Σᵢ (xᵢ − x̂ᵢ)² = 0.04 + 0.04 + 0 = 0.08; Σ / n = 0.08 / 3"])
        var given = mean
        given.method = "Square each error, add them, divide by n."
        given.worked = "Worked by hand."
        #expect(given.hint(.method) == "Square each error, add them, divide by n.")
        #expect(given.hints() == ["Square first.", "Square each error, add them, divide by n.", "Worked by hand."])
        #expect(choice.hints() == [""])
    }

    @Test func workedStepsOfEachQuantity() {
        func worked(_ quantity: Computation.Quantity, loss: Loss = .bce, logits: [Double]? = nil) -> String {
            Computation(spec: LossSpec(loss: loss), x: [1, 0], xhat: logits?.map(Double.sigmoid) ?? [0.8, 0.3], logits: logits,
                        quantity: quantity, element: 1).workedStep()
        }
        #expect(worked(.term) == "−[x₁ log x̂₁ + (1 − x₁) log(1 − x̂₁)] = −[1 · log(0.8) + 0 · log(1 − 0.8)]")
        #expect(worked(.error) == "x₁ − x̂₁ = 1 − 0.8")
        #expect(worked(.gradient) == "∂ℓ₁/∂x̂₁ = (x̂₁ − x₁) / (x̂₁(1 − x̂₁)) = (0.8 − 1) / (0.8 · (1 − 0.8)); the mean divides it by n = 2")
        #expect(worked(.gradient, loss: .mse) == "∂ℓ₁/∂x̂₁ = 2(x̂₁ − x₁) = 2(0.8 − 1); the mean divides it by n = 2")
        #expect(worked(.gradient, loss: .mae) == "∂ℓ₁/∂x̂₁ = sign(x̂₁ − x₁) = sign(0.8 − 1); the mean divides it by n = 2")
        #expect(worked(.logitsGradient, loss: .mse, logits: [2, 0])
            == "∂ℓ₁/∂z₁ = [2(x̂₁ − x₁)] · σ(z₁)(1 − σ(z₁)) with x̂₁ = σ(z₁) = [2(0.8808 − 1)] · 0.8808 · (1 − 0.8808); "
            + "the mean divides it by n = 2")
        #expect(worked(.prediction, logits: [2, 0]) == "x̂₁ = σ(z₁) = σ(2)")
        #expect(worked(.logitsGradient, logits: [2, 0]) == "∂ℓ₁/∂z₁ = σ(z₁) − x₁ = σ(2) − 1; the mean divides it by n = 2")
        let one = Computation(spec: LossSpec(loss: .bce), x: [0], xhat: [0.9])
        #expect(one.workedStep() == "−[x₁ log x̂₁ + (1 − x₁) log(1 − x̂₁)] = −[0 · log(0.9) + 1 · log(1 − 0.9)]")
        var keras = Computation(spec: LossSpec(loss: .bce, convention: .keras), x: [1], xhat: [0.5], quantity: .gradient)
        #expect(keras.workedStep() == "∂ℓ₁/∂x̂₁ = (1 − x₁) / (1 − x̂₁) − x₁ / x̂₁ = (1 − 1) / (1 − 0.5) − 1 / 0.5; "
            + "with n = 1 the mean leaves it as it is")
        keras.xhat = [0]
        #expect(keras.workedStep() == "∂ℓ₁/∂x̂₁ at x₁ = 1, x̂₁ = 0; with n = 1 the mean leaves it as it is")
        #expect(worked(.loss, loss: .mse).hasSuffix("Σ / n = 0.13 / 2"))
    }
}
