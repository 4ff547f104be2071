import LossKit

extension Question {
    /// What a typed answer is: right, wrong, or not an answer at all (said why, so it costs no try).
    public enum Verdict: Sendable, Equatable {
        case right
        /// Wrong, with the mistake named when the answer lies on a known wrong path.
        case wrong(Feedback?)
        /// The text cannot be read as an answer: empty, a letter with no option, not a number.
        case unreadable(String)
    }

    /// What to type, for the prompt: "a, b or c", or "a number".
    public var expectedForm: String {
        switch answer {
        case .number: return "a number"
        case let .choice(options, _):
            let letters = options.indices.map(Question.letter)
            return letters.dropLast().joined(separator: ", ") + " or " + letters.last!
        }
    }

    /// Judges `typed`: a number or an expression (see `AnswerExpression`) within the tolerance, or the
    /// right option's letter written as people write it (`b`, `B`, `b)`, `(b)`, `b.`) or its full text.
    ///
    /// A wrong number is matched against the computation's mistake catalogue, so the verdict can name
    /// the mistake; text that does not parse is unreadable and says where and what was expected.
    /// Feedback is written in `notation`.
    public func judge(_ typed: String, notation: Notation = .unicode) -> Verdict {
        let trimmed = typed.trimmingSpaces()
        guard !trimmed.isEmpty else { return .unreadable("type \(expectedForm)") }
        switch answer {
        case let .number(computation, tolerance):
            let typedAnswer: AnswerExpression
            do { typedAnswer = try AnswerExpression(trimmed) } catch { return .unreadable(error.description) }
            if abs(typedAnswer.value - computation.value) <= tolerance { return .right }
            return .wrong(computation.mistakes(notation)?.feedback(for: typedAnswer, tolerance: tolerance))
        case let .choice(options, correct):
            let text = trimmed.lowercased()
            if let k = options.firstIndex(where: { $0.lowercased() == text }) { return k == correct ? .right : .wrong(nil) }
            var letter = Substring(text)
            if letter.hasPrefix("(") && letter.hasSuffix(")") { letter = letter.dropFirst().dropLast() }
            if letter.hasSuffix(")") || letter.hasSuffix(".") { letter = letter.dropLast() }
            guard letter.count == 1, let scalar = letter.unicodeScalars.first, ("a"..."z").contains(scalar) else {
                return .unreadable("type \(expectedForm)")
            }
            let index = Int(scalar.value) - 97
            guard options.indices.contains(index) else { return .unreadable("there is no option \(letter): type \(expectedForm)") }
            return index == correct ? .right : .wrong(nil)
        }
    }

    /// Whether `typed` is right (see `judge`).
    public func accepts(_ typed: String) -> Bool { judge(typed) == .right }
}
