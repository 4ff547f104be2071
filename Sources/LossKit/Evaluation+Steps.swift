extension Evaluation {
    /// The computation as ordered steps: one per element, then the sum, the division by n, the result.
    ///
    /// Numbers in the formulas are rounded to `digits` significant digits, or written in full when nil.
    public func steps(_ notation: Notation, digits: Int? = 4) -> [Step] {
        var steps: [Step] = []
        steps.reserveCapacity(n + 3)
        forEachStep(notation, digits: digits) { steps.append($0) }
        return steps
    }

    /// Calls `body` with each step of `steps(_:digits:)` in order, without keeping them, so a
    /// derivation of 10⁷ elements can be written out as it is computed.
    public func forEachStep(_ notation: Notation, digits: Int? = 4, _ body: (Step) -> Void) {
        var running = CompensatedSum()
        for term in terms {
            running.add(term.loss)
            body(Self.termStep(term, spec: spec, notation: notation, digits: digits, runningSum: running.value))
        }
        Self.totalSteps(spec: spec, n: n, sum: sum, elementLoss: { terms[$0].loss }, notation: notation, digits: digits).forEach(body)
    }

    /// The step of one element's term on its own, without evaluating the rest of the vector.
    ///
    /// The Lab shows one step at a time of vectors that may hold 10⁵ elements, so it cannot afford
    /// `steps(_:)` for every key; this gives the same step as `steps(_:)[index - 1]` in O(1).
    /// `runningSum` is the sum of the terms up to and including this one.
    public static func termStep(_ term: ElementTerm, spec: LossSpec, notation s: Notation, digits: Int? = 4,
                                runningSum: Double? = nil) -> Step {
        func num(_ v: Double) -> String { s.number(v, digits: digits) }
        let d = spec.loss.definition
        let (symbolic, substituted) = term.logit != nil ? d.logitStepFormula(term, notation: s, number: num)
            : d.stepFormula(term, convention: spec.convention, notation: s, number: num)
        return Step(kind: .term(index: term.index), symbolic: symbolic, substituted: substituted, value: term.loss,
                    runningSum: runningSum)
    }

    /// The steps after the terms: the sum, the division by n (for `mean`) and the result.
    ///
    /// `elementLoss` gives the loss of a 0-based element; only the few shown in the sum are asked
    /// for, so a caller that keeps its sum elsewhere (the Lab's sum tree) pays O(1), not O(n).
    public static func totalSteps(spec: LossSpec, n: Int, sum: Double, elementLoss: (Int) -> Double,
                                  notation s: Notation, digits: Int? = 4) -> [Step] {
        func num(_ v: Double) -> String { s.number(v, digits: digits) }
        let shown = n <= 6 ? (0..<n).map { num(elementLoss($0)) }
            : (0..<3).map { num(elementLoss($0)) } + [s.ellipsis] + (n - 2..<n).map { num(elementLoss($0)) }
        let value = spec.value(sum: sum, count: n)
        var steps = [Step(kind: .sum, symbolic: spec.loss.definition.sumSymbol(s), substituted: shown.joined(separator: " + "),
                          value: sum)]
        if spec.reduction == .mean {
            steps.append(Step(kind: .divide, symbolic: "\(s.sum) / n", substituted: "\(num(sum)) / \(n)", value: value))
        }
        steps.append(Step(kind: .result, symbolic: "L(x, \(s.xhat))", substituted: num(value), value: value))
        return steps
    }
}
