extension MistakeCatalogue {
    /// What to tell a student who typed `answer`, when the answer is within `tolerance` of the right value or not.
    ///
    /// Right: celebratory. On a known wrong path: essential, naming it with the student's own numbers
    /// (actionable when only rounding went wrong). The right value rounded too far: actionable. Otherwise
    /// the evaluator's notes (such as "log is read as ln") as informative, or nil when there is nothing to say.
    public func feedback(for answer: AnswerExpression, tolerance: Double) -> Feedback? {
        let quote = answer.quoted(notation)
        if abs(answer.value - right) <= tolerance {
            return Feedback(.celebratory, "\(quote) is right" + answer.notes.map { "; \($0)" }.joined())
        }
        let rightText = notation.number(right, digits: digitsNeeded(tolerance))
        for path in paths where abs(path.value - right) > tolerance
            && reads(answer, as: path.value, tolerance: tolerance, within: Self.pathSlack) {
            let kind: Feedback.Kind = path.mistake == .roundedTerms ? .actionable : .essential
            return Feedback(kind, mistake: path.mistake, "\(quote) is \(path.says); \(path.fix): \(rightText)")
        }
        if let digits = answer.significantDigits, reads(answer, as: right, tolerance: 0) {
            return Feedback(.actionable, mistake: .tooFewDigits,
                            "\(quote) is the answer rounded to \(digits) significant digit\(digits == 1 ? "" : "s"); keep more: \(rightText)")
        }
        return answer.notes.isEmpty ? nil : Feedback(.informative, answer.notes.joined(separator: "; "))
    }

    /// How far, relative to a wrong path's value, a rounded answer may lie and still be named as that path:
    /// a one-digit guess such as 0.1 stands for anything from 0.095 to 0.15, too wide to name a mistake.
    static let pathSlack = 0.05

    /// Whether `answer` stands for `value`: within the tolerance, or `value` rounded to the digits typed
    /// (and then no further from it than `within`, a fraction of `value`).
    private func reads(_ answer: AnswerExpression, as value: Double, tolerance: Double, within: Double = .infinity) -> Bool {
        if abs(answer.value - value) <= tolerance { return true }
        guard let digits = answer.significantDigits, abs(answer.value - value) <= within * abs(value) else { return false }
        return abs(MistakeCatalogue.rounded(value, digits: digits) - answer.value) <= 1e-12 * max(1, abs(answer.value))
    }

    /// The fewest significant digits (4 at least) that put the right value within `tolerance`.
    private func digitsNeeded(_ tolerance: Double) -> Int {
        (4...17).first { abs(MistakeCatalogue.rounded(right, digits: $0) - right) <= tolerance } ?? 17
    }
}
