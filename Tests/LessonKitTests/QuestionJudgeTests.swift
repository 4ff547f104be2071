import LossKit
import Testing
@testable import LessonKit

/// Answers read the way people write them; text that is no answer is said to be so, not judged wrong.
@Suite struct QuestionJudgeTests {
    let choice = Question(prompt: "Which?", answer: .choice(options: ["MSE", "BCE", "MAE"], correct: 1), hint: "")
    let number = Question(prompt: "How much?", answer: .number(
        Computation(spec: LossSpec(loss: .mse), x: [1, 0], xhat: [0.5, 0.5]), tolerance: 0.001), hint: "")

    @Test(arguments: ["b", "B", "b)", "(b)", "b.", " (B) ", "bce", "BCE"])
    func theRightOptionHoweverWritten(_ typed: String) {
        #expect(choice.judge(typed) == .right)
    }

    @Test func wrongAndUnreadableChoices() {
        #expect(choice.judge("a") == .wrong)
        #expect(choice.judge("MAE") == .wrong)
        #expect(choice.judge("e") == .unreadable("there is no option e: type a, b or c"))
        #expect(choice.judge("") == .unreadable("type a, b or c"))
        #expect(choice.judge("maybe") == .unreadable("type a, b or c"))
        #expect(choice.expectedForm == "a, b or c")
    }

    @Test func numbers() {
        #expect(number.judge("0.25") == .right)
        #expect(number.judge(".2505") == .right)
        #expect(number.judge("0.3") == .wrong)
        #expect(number.judge("  ") == .unreadable("type a number"))
        #expect(number.judge("0.2 0.3") == .unreadable("\"0.2 0.3\" is not one number; type one, such as 0.25"))
        #expect(number.accepts("0.25"))
    }
}
