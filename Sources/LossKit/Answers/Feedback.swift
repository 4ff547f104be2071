/// What a checker says about an answer, and how much it matters, in the kinds Exercism's analyzers use.
public struct Feedback: Sendable, Equatable {
    /// How much a piece of feedback matters.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A mistake that makes the answer wrong; it must be fixed.
        case essential
        /// Close to right, with a concrete step to take.
        case actionable
        /// Worth knowing, though nothing is wrong.
        case informative
        /// Praise for a right answer.
        case celebratory
    }

    public var kind: Kind
    /// The mistake named, if the feedback names one.
    public var mistake: MistakeKind?
    /// The sentence a student reads, with their own numbers.
    public var text: String

    public init(_ kind: Kind, mistake: MistakeKind? = nil, _ text: String) {
        self.kind = kind
        self.mistake = mistake
        self.text = text
    }
}
