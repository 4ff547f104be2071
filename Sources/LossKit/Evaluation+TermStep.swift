extension Evaluation {
    /// The step of one element's term on its own, without evaluating the rest of the vector.
    ///
    /// The Lab shows one step at a time of vectors that may hold 10⁵ elements, so it cannot afford
    /// `steps(_:)` for every key; this gives the same step as `steps(_:)[index - 1]` in O(1).
    /// `index` is 1-based; `runningSum` is the sum of the terms up to and including this one.
    public static func termStep(index: Int, x: Double, xhat: Double, spec: LossSpec, notation: Notation,
                                digits: Int = 4, runningSum: Double? = nil) -> Step {
        let single = Evaluation(spec: spec, x: [x], xhat: [xhat])
        var term = single.terms[0]
        term.index = index
        let (symbolic, substituted) = single.termFormula(term, notation: notation) { notation.number($0, digits: digits) }
        return Step(kind: .term(index: index), symbolic: symbolic, substituted: substituted, value: term.loss,
                    runningSum: runningSum)
    }
}
