/// Mean Squared Error: the average of (xᵢ − x̂ᵢ)²; gradient 2(x̂ᵢ − xᵢ) per element.
///
/// PyTorch's `mse_loss` and Keras' `mean_squared_error`; no convention changes it.
public struct MeanSquaredError: LossDefinition {
    public init() {}

    public var id: String { "mse" }
    public var shortName: String { "MSE" }
    public var title: String { "Mean Squared Error (MSE)" }
    public var paletteIndex: Int { 0 }
    public var domain: LossDomain { .realNumbers }
    public var usesConvention: Bool { false }

    public func formula(_ s: Notation, reduction: Reduction) -> String {
        "L(x, \(s.xhat)) = \(s.lead(reduction))\(s.sum)\(s.subI) \(squaredError(s, "i"))"
    }

    public func sumSymbol(_ s: Notation) -> String { "\(s.sum)\(s.subI) \(squaredError(s, "i"))" }

    private func squaredError(_ s: Notation, _ i: String) -> String {
        "(\(s.x(i)) \(s.minus) \(s.xhat(i)))\(s.squared)"
    }

    @inline(__always)
    public func elementLoss<T: LossScalar>(x: T, xhat: T, convention: Convention) -> T {
        let diff = x - xhat
        return diff * diff
    }

    @inline(__always)
    public func elementGradient<T: LossScalar>(x: T, xhat: T, convention: Convention) -> T {
        2 * (xhat - x)
    }

    // From logits, σ(z) − x is taken without rounding σ's distance from 1 away (see `sigmoidMinus`).

    @inline(__always)
    public func logitElementLoss<T: LossScalar>(x: T, z: T) -> T {
        let d = T.sigmoidMinus(z, x)
        return d * d
    }

    /// 2(σ(z) − x)·σ′(z): the chain rule through the Sigmoid.
    @inline(__always)
    public func logitElementGradient<T: LossScalar>(x: T, z: T) -> T {
        2 * T.sigmoidMinus(z, x) * T.sigmoidSlope(z)
    }

    public func logitTermValues<T: LossScalar>(x: T, z: T) -> [T] {
        let d = T.sigmoidMinus(z, x)
        return [-d, d * d]
    }

    public func termColumns(convention: Convention, notation s: Notation) -> [TermColumn] {
        [TermColumn(id: "diff", symbol: "\(s.x("i")) \(s.minus) \(s.xhat("i"))", priority: 5),
         TermColumn(id: "squared", symbol: squaredError(s, "i"), priority: 7, isLoss: true)]
    }

    public func termValues<T: LossScalar>(x: T, xhat: T, convention: Convention) -> [T] {
        let diff = x - xhat
        return [diff, diff * diff]
    }

    public func gradientFormula(_ term: ElementTerm, convention: Convention, notation s: Notation,
                                number: (Double) -> String) -> (symbolic: String, substituted: String)? {
        let i = term.index
        return ("2(\(s.xhat(i)) \(s.minus) \(s.x(i)))", "2(\(number(term.xhat)) \(s.minus) \(number(term.x)))")
    }

    public func stepFormula(_ term: ElementTerm, convention: Convention, notation s: Notation,
                            number: (Double) -> String) -> (symbolic: String, substituted: String) {
        (squaredError(s, String(term.index)), "(\(number(term.x)) \(s.minus) \(number(term.xhat)))\(s.squared)")
    }
}
