/// What a reconstruction loss says about itself: names, formula, domain, the quantities of its term,
/// and its element loss and gradient under each convention.
///
/// A new loss is one file that conforms to this protocol plus its entry in `Loss.all`; nothing above
/// LossKit names a particular loss, it asks the loss.
public protocol LossDefinition: Sendable {
    /// The name in commands, lesson blocks and JSON, such as `mse`.
    var id: String { get }
    /// The short upper-case name, such as "MSE".
    var shortName: String { get }
    /// The name a reader sees, such as "Mean Squared Error (MSE)".
    var title: String { get }
    /// A stable position in a palette, so the loss has the same colour on every screen.
    var paletteIndex: Int { get }
    /// The values x and x̂ may take.
    var domain: LossDomain { get }
    /// Whether the conventions (exact, PyTorch, Keras) change the numbers.
    var usesConvention: Bool { get }

    /// The whole formula, L(x, x̂) = …, in the given notation.
    func formula(_ notation: Notation, reduction: Reduction) -> String
    /// The sum's symbol in a step, such as `Σᵢ (xᵢ − x̂ᵢ)²`.
    func sumSymbol(_ notation: Notation) -> String

    /// One element's loss.
    func elementLoss<T: LossScalar>(x: T, xhat: T, convention: Convention) -> T
    /// d/dx̂ of one element's loss, before the reduction divides by n.
    func elementGradient<T: LossScalar>(x: T, xhat: T, convention: Convention) -> T

    /// The quantities of one element's term, in the order a table shows them.
    func termColumns(convention: Convention, notation: Notation) -> [TermColumn]
    /// The values of `termColumns`, in the same order.
    func termValues<T: LossScalar>(x: T, xhat: T, convention: Convention) -> [T]
    /// One element's term as a formula with symbols and the same formula with numbers (`term.parts`
    /// hold the values of `termColumns`, computed in the evaluation's precision).
    func stepFormula(_ term: ElementTerm, convention: Convention, notation: Notation,
                     number: (Double) -> String) -> (symbolic: String, substituted: String)
    /// What a reader should know about an evaluation, such as why it is ∞; none by default.
    func notes(_ evaluation: Evaluation, notation: Notation, number: (Double) -> String) -> [String]

    /// The slope of one element's term by x̂ᵢ (before the reduction) as a formula with symbols and with
    /// numbers, for worked hints; nil where no short formula says it.
    func gradientFormula(_ term: ElementTerm, convention: Convention, notation: Notation,
                         number: (Double) -> String) -> (symbolic: String, substituted: String)?
    /// The slope of one element's term by zᵢ from its logit, as formulas; by default the chain rule
    /// through the Sigmoid applied to `gradientFormula`.
    func logitGradientFormula(_ term: ElementTerm, notation: Notation,
                              number: (Double) -> String) -> (symbolic: String, substituted: String)?

    /// Known wrong ways to read this loss's term, which the mistake catalogue names; none by default.
    func misreadings(_ notation: Notation) -> [Misreading]

    /// One element's loss when the prediction is given as a logit z (x̂ = σ(z)).
    func logitElementLoss<T: LossScalar>(x: T, z: T) -> T
    /// d/dz of one element's loss, before the reduction divides by n.
    func logitElementGradient<T: LossScalar>(x: T, z: T) -> T
    /// The quantities of one element's term computed from a logit, after zᵢ and σ(zᵢ).
    func logitTermColumns(notation: Notation) -> [TermColumn]
    /// The values of `logitTermColumns`, in the same order.
    func logitTermValues<T: LossScalar>(x: T, z: T) -> [T]
    /// One element's term from its logit (`term.logit`) as a formula with symbols and with numbers.
    func logitStepFormula(_ term: ElementTerm, notation: Notation,
                          number: (Double) -> String) -> (symbolic: String, substituted: String)

    /// The sum of the element losses over long vectors, writing each reduced gradient when asked;
    /// implemented once for every loss (see `FusedLoss`), a requirement so each loss gets a fast copy.
    func fusedSum(_ spec: LossSpec, x: UnsafeBufferPointer<Double>, prediction: UnsafeBufferPointer<Double>,
                  gradient: UnsafeMutableBufferPointer<Double>?) -> Double
    /// Each element's reduced gradient alone, without the loss (for training, where only the step
    /// counts); implemented once for every loss (see `FusedLoss`), a requirement for the same reason.
    func fusedGradient(_ spec: LossSpec, x: UnsafeBufferPointer<Double>, prediction: UnsafeBufferPointer<Double>,
                       gradient: UnsafeMutableBufferPointer<Double>)
    /// Each element's loss alone, written into `losses` (the numbers `LossSpec.elementLoss` gives);
    /// implemented once for every loss (see `FusedLoss`), a requirement for the same reason.
    func fusedElementLosses(_ spec: LossSpec, x: UnsafeBufferPointer<Double>, prediction: UnsafeBufferPointer<Double>,
                            into losses: UnsafeMutableBufferPointer<Double>)
}

/// By default a loss is applied to σ(z) and differentiated through the Sigmoid by the chain rule:
/// dL/dz = dL/dx̂ · σ(z)(1 − σ(z)). A loss with a better form of its own (BCE) overrides these.
extension LossDefinition {
    public func notes(_ evaluation: Evaluation, notation: Notation, number: (Double) -> String) -> [String] { [] }

    public func misreadings(_ notation: Notation) -> [Misreading] { [] }

    /// dℓ/dzᵢ = dℓ/dx̂ᵢ · σ(zᵢ)(1 − σ(zᵢ)), with x̂ᵢ = σ(zᵢ) written in as a number.
    public func logitGradientFormula(_ term: ElementTerm, notation s: Notation,
                                     number num: (Double) -> String) -> (symbolic: String, substituted: String)? {
        guard let outer = gradientFormula(term, convention: .exact, notation: s, number: num) else { return nil }
        let (z, p) = ("\(s.sigma)(\(s.z(term.index)))", num(term.xhat))
        return ("[\(outer.symbolic)] \(s.times) \(z)(1 \(s.minus) \(z)) with \(s.xhat(term.index)) = \(z)",
                "[\(outer.substituted)] \(s.times) \(p) \(s.times) (1 \(s.minus) \(p))")
    }

    @inline(__always)
    public func logitElementLoss<T: LossScalar>(x: T, z: T) -> T {
        elementLoss(x: x, xhat: T.sigmoid(z), convention: .exact)
    }

    @inline(__always)
    public func logitElementGradient<T: LossScalar>(x: T, z: T) -> T {
        elementGradient(x: x, xhat: T.sigmoid(z), convention: .exact) * T.sigmoidSlope(z)
    }

    public func logitTermColumns(notation: Notation) -> [TermColumn] {
        termColumns(convention: .exact, notation: notation)
    }

    public func logitTermValues<T: LossScalar>(x: T, z: T) -> [T] {
        termValues(x: x, xhat: T.sigmoid(z), convention: .exact)
    }

    public func logitStepFormula(_ term: ElementTerm, notation s: Notation,
                                 number: (Double) -> String) -> (symbolic: String, substituted: String) {
        let (symbolic, substituted) = stepFormula(term, convention: .exact, notation: s, number: number)
        return ("\(symbolic) with \(s.xhat(term.index)) = \(s.sigma)(\(s.z(term.index)))", substituted)
    }
}
