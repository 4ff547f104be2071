import LessonKit
import LossKit

/// One line of a handout's answer key: the question's label, its answer, and (when asked for) why.
struct AnswerKeyEntry: Sendable {
    /// "5.2": lesson 5, its second question.
    var label: String
    /// The right answer as a reader sees it: "2.303" or "b) BCE with a Sigmoid output".
    var answer: String
    /// The explanation the lesson gives, if asked for and given.
    var explanation: String?
    /// The hints in their tiers (nudge, method, worked step), if asked for; a number question's
    /// worked step comes from LossKit's step trace.
    var steps: [(tier: String, text: String)]

    /// The entries of `lesson`'s questions; `detailed` adds explanations and hints.
    static func entries(of lesson: HandoutLesson, detailed: Bool) -> [AnswerKeyEntry] {
        lesson.lesson.questions.enumerated().map { k, item in
            let q = item.question
            let steps = detailed ? Question.HintTier.allCases.compactMap { tier in q.hint(tier).map { (tier.title, $0) } } : []
            return AnswerKeyEntry(label: "\(lesson.number).\(k + 1)", answer: q.answerText(),
                                  explanation: detailed ? q.explanation : nil, steps: steps)
        }
    }
}

extension Question.HintTier {
    /// What the tier is called in an answer key.
    var title: String {
        switch self {
        case .nudge: "Hint"
        case .method: "Method"
        case .worked: "Worked step"
        }
    }
}
