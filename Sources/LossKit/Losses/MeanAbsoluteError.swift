/// Mean Absolute Error (L1): the average of |xᵢ − x̂ᵢ|; gradient sign(x̂ᵢ − xᵢ) per element.
///
/// Where xᵢ = x̂ᵢ the absolute value has a corner and no derivative; LossLab takes the subgradient 0
/// there, as PyTorch's `l1_loss` does. No convention changes it.
public struct MeanAbsoluteError: LossDefinition {
    public init() {}

    public var id: String { "mae" }
    public var shortName: String { "MAE" }
    public var title: String { "Mean Absolute Error (MAE)" }
    public var paletteIndex: Int { 2 }
    public var domain: LossDomain { .realNumbers }
    public var usesConvention: Bool { false }

    public func formula(_ s: Notation, reduction: Reduction) -> String {
        "L(x, \(s.xhat)) = \(s.lead(reduction))\(s.sum)\(s.subI) \(absoluteError(s, "i"))"
    }

    public func sumSymbol(_ s: Notation) -> String { "\(s.sum)\(s.subI) \(absoluteError(s, "i"))" }

    private func absoluteError(_ s: Notation, _ i: String) -> String { "|\(s.x(i)) \(s.minus) \(s.xhat(i))|" }

    @inline(__always)
    public func elementLoss<T: LossScalar>(x: T, xhat: T, convention: Convention) -> T {
        abs(x - xhat)
    }

    /// sign(x̂ − x): −1, +1, or 0 where they are equal (the subgradient PyTorch's `l1_loss` takes).
    @inline(__always)
    public func elementGradient<T: LossScalar>(x: T, xhat: T, convention: Convention) -> T {
        // Two comparisons subtracted rather than branches: random signs would defeat the branch predictor.
        T((xhat > x ? 1 : 0) - (xhat < x ? 1 : 0) as Int)
    }

    // From logits, σ(z) − x is taken without rounding σ's distance from 1 away (see `sigmoidMinus`).

    @inline(__always)
    public func logitElementLoss<T: LossScalar>(x: T, z: T) -> T { abs(T.sigmoidMinus(z, x)) }

    public func logitTermValues<T: LossScalar>(x: T, z: T) -> [T] {
        let d = T.sigmoidMinus(z, x)
        return [-d, abs(d)]
    }

    public func termColumns(convention: Convention, notation s: Notation) -> [TermColumn] {
        [TermColumn(id: "diff", symbol: "\(s.x("i")) \(s.minus) \(s.xhat("i"))", priority: 5),
         TermColumn(id: "absolute", symbol: absoluteError(s, "i"), priority: 7, isLoss: true)]
    }

    public func termValues<T: LossScalar>(x: T, xhat: T, convention: Convention) -> [T] {
        let diff = x - xhat
        return [diff, abs(diff)]
    }

    public func gradientFormula(_ term: ElementTerm, convention: Convention, notation s: Notation,
                                number: (Double) -> String) -> (symbolic: String, substituted: String)? {
        let i = term.index
        return ("sign(\(s.xhat(i)) \(s.minus) \(s.x(i)))", "sign(\(number(term.xhat)) \(s.minus) \(number(term.x)))")
    }

    public func stepFormula(_ term: ElementTerm, convention: Convention, notation s: Notation,
                            number: (Double) -> String) -> (symbolic: String, substituted: String) {
        (absoluteError(s, String(term.index)), "|\(number(term.x)) \(s.minus) \(number(term.xhat))|")
    }

    public func notes(_ evaluation: Evaluation, notation s: Notation, number: (Double) -> String) -> [String] {
        let ties = evaluation.terms.filter { $0.x == $0.xhat }
        guard let first = ties.first, !evaluation.spec.logits else { return [] }
        let which = ties.count == 1 ? "element \(first.index) has" : "\(ties.count) elements have"
        return ["\(which) \(s.x("i")) = \(s.xhat("i")), where |\(s.x("i")) \(s.minus) \(s.xhat("i"))| has a corner and no "
            + "derivative; the gradient there is taken as 0, the subgradient PyTorch's l1_loss uses."]
    }
}
