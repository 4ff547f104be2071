/// One generated practice problem: what is asked, its data, the answer and tolerance, the hints in
/// tiers and, for a number, the step trace and the catalogue of wrong paths on its own numbers.
///
/// Texts are in Unicode (`x̂`); the app transliterates them for ASCII screens, and `worked(_:)` and
/// `mistakes(_:)` take the notation themselves.
public struct PracticeProblem: Sendable, Equatable {
    /// What the learner must give.
    public enum Answer: Sendable, Equatable {
        /// A number computed from `data`; answers within `tolerance` (half a unit in the last of `digits`
        /// significant digits) are right.
        case number(Data, value: Double, tolerance: Double, digits: Int)
        /// One of `options`; `correct` is its 0-based index.
        case choice(options: [String], correct: Int)
    }

    /// The numbers a number problem computes on.
    public struct Data: Sendable, Equatable {
        public var spec: LossSpec
        public var x: [Double]
        public var xhat: [Double]
        /// Which number of the computation is asked.
        public var quantity: MistakeCatalogue.Quantity
    }

    public var skill: PracticeSkill
    /// The difficulty, 0 to `PracticeSkill.topLevel`.
    public var level: Int
    /// The question, with its data.
    public var prompt: String
    public var answer: Answer
    /// The first hint tier: where to look.
    public var nudge: String
    /// The second hint tier: what to compute, in words.
    public var method: String
    /// The computation behind a number problem; nil for a choice.
    public var data: Data? {
        if case let .number(data, _, _, _) = answer { data } else { nil }
    }

    /// The third tier for a choice problem, the reasoning (number problems generate theirs from the step trace).
    public var reasoning: String?

    /// The third hint tier: the worked step with the numbers substituted, stopping short of the answer.
    public func worked(_ notation: Notation = .unicode) -> String {
        guard let data else { return reasoning ?? "" }
        return WorkedStep.text(spec: data.spec, x: data.x, prediction: data.xhat, quantity: data.quantity, notation: notation)
    }

    /// The step trace of the whole evaluation (every term, the sum, the reduction), for a number problem.
    public func steps(_ notation: Notation = .unicode) -> [Step] {
        guard let data else { return [] }
        return Evaluation(spec: data.spec, x: data.x, xhat: data.xhat).steps(notation)
    }

    /// The known wrong paths to a number problem's answer, computed on its own numbers.
    public func mistakes(_ notation: Notation = .unicode) -> MistakeCatalogue? {
        guard let data else { return nil }
        return MistakeCatalogue(spec: data.spec, x: data.x, prediction: data.xhat, quantity: data.quantity, notation: notation)
    }

    /// The right answer as a reader sees it: the number to its digits, or "b) BCE".
    public func answerText(_ notation: Notation = .unicode) -> String {
        switch answer {
        case let .number(_, value, _, digits): notation.number(value, digits: digits)
        case let .choice(options, correct): "\(String(UnicodeScalar(UInt8(97 + correct))))) \(options[correct])"
        }
    }
}
