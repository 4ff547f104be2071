import CellGrid
import LessonKit
import LossKit
import ProgressKit

/// What is shown under a question, in a lesson or in Practice: the verdict on the last answer with
/// the mistake named, the hints asked for so far (1 a nudge, 2 the method, 3 the worked step), and
/// the answer once shown; and what the hint key does next.
struct QuestionPanel {
    var question: Question
    /// The last answer checked, if any.
    var answer: ReaderState.Answer?
    /// While an answer is typed: why the text is no answer yet, if it was checked.
    var notice: String?
    var typing: Bool
    /// The hint tiers shown and whether the answer was shown.
    var record: QuestionProgress
    var notation: Notation
    /// The right answer as shown once it is given or found.
    var answerText: String

    /// The tiers this question has, in order, each with its name.
    var tiers: [(name: String, text: String)] {
        Question.HintTier.allCases.compactMap { tier in
            question.hint(tier, notation: notation).map { (Self.name(tier), $0) }
        }
    }

    /// What the hint key does next: "hint 2 of 3", "show the answer", or nil once the answer is shown.
    var nextHint: String? {
        let count = tiers.count
        if record.hintsUsed < count { return "hint \(record.hintsUsed + 1) of \(count)" }
        return record.answerShown ? nil : "show the answer"
    }

    /// The record after the hint key: the next tier shown, or, after the last, the answer.
    func askingForHint() -> QuestionProgress {
        var next = record
        if next.hintsUsed < tiers.count { next.hintsUsed += 1 } else { next.answerShown = true }
        return next
    }

    /// The record after a checked answer.
    func answered(_ answer: ReaderState.Answer) -> QuestionProgress {
        var next = record
        next.tries += 1
        next.answeredRight = next.answeredRight || answer.isRight
        next.lastAnswer = answer.typed
        return next
    }

    /// The panel's lines, each word-wrapped to `width` columns, with their roles.
    func lines(width: Int) -> [(text: String, role: StyleRole)] {
        let ascii = notation == .ascii
        var parts: [(String, StyleRole)] = []
        if typing {
            if let notice { parts.append((notice, .error)) }
        } else if let answer {
            if answer.isRight {
                parts.append(("\(ascii ? "Right" : "✓ Right"): \(answerText)" + (question.explanation.map { ". " + $0 } ?? ""), .success))
            } else {
                let named = answer.feedback.map { ". \($0.kind.rawValue.prefix(1).uppercased() + $0.kind.rawValue.dropFirst()): \($0.text)" } ?? "."
                parts.append(("\(ascii ? "Not quite" : "✗ Not quite") (\"\(answer.typed)\")\(named)", .error))
            }
        }
        for (k, tier) in tiers.prefix(record.hintsUsed).enumerated() {
            parts.append(("Hint \(k + 1) (\(tier.name)): \(tier.text)", .emphasis))
        }
        if record.answerShown { parts.append(("The answer: \(answerText)", .strong)) }
        return parts.flatMap { text, role in
            TextWrap.lines(ascii ? ASCIIText.transliterate(text) : text, width: width).map { ($0, role) }
        }
    }

    private static func name(_ tier: Question.HintTier) -> String {
        switch tier {
        case .nudge: "nudge"
        case .method: "method"
        case .worked: "worked step"
        }
    }
}
