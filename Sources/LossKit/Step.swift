/// One step of a loss computation, as the Lab reveals it and `explain` prints it.
///
/// A step is data, not text layout: the formula with symbols, the same formula with the numbers put
/// in, and the result, so each front end can lay it out its own way.
public struct Step: Sendable, Equatable {
    /// What a step computes.
    public enum Kind: Sendable, Equatable {
        /// The term of element `index` (1-based).
        case term(index: Int)
        /// The sum of all element terms.
        case sum
        /// The division of the sum by n (only for the `mean` reduction).
        case divide
        /// The final loss.
        case result
    }

    public var kind: Kind
    /// The formula with symbols, such as `(x₂ − x̂₂)²`.
    public var symbolic: String
    /// The formula with the numbers substituted, such as `(0 − 0.2)²`.
    public var substituted: String
    /// The step's result.
    public var value: Double
    /// For a term step: the sum of the terms so far, this one included.
    public var runningSum: Double?

    public init(kind: Kind, symbolic: String, substituted: String, value: Double, runningSum: Double? = nil) {
        self.kind = kind
        self.symbolic = symbolic
        self.substituted = substituted
        self.value = value
        self.runningSum = runningSum
    }

    /// The whole step on one line: `symbolic = substituted = value`.
    public func line(_ notation: Notation, digits: Int? = 4) -> String {
        let result = notation.number(value, digits: digits)
        return substituted == result ? "\(symbolic) = \(result)" : "\(symbolic) = \(substituted) = \(result)"
    }
}
