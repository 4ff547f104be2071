/// Binary Cross-Entropy: the average of −[xᵢ log x̂ᵢ + (1 − xᵢ) log(1 − x̂ᵢ)], for x and x̂ in [0, 1].
///
/// The convention decides what happens near log 0 (see `Convention`); from logits it uses the stable
/// form max(z, 0) − z·x + log(1 + e^−|z|), as `BCEWithLogitsLoss` and `from_logits=True` do.
public struct BinaryCrossEntropy: LossDefinition {
    public init() {}

    public var id: String { "bce" }
    public var shortName: String { "BCE" }
    public var title: String { "Binary Cross-Entropy (BCE)" }
    public var paletteIndex: Int { 1 }
    public var domain: LossDomain { .unitInterval }
    public var usesConvention: Bool { true }

    public func formula(_ s: Notation, reduction: Reduction) -> String {
        "L(x, \(s.xhat)) = \(s.minus)\(s.lead(reduction))\(s.sum)\(s.subI) [\(s.x("i")) log \(s.xhat("i")) + "
            + "(1 \(s.minus) \(s.x("i"))) log(1 \(s.minus) \(s.xhat("i")))]"
    }

    public func sumSymbol(_ s: Notation) -> String { "\(s.sum)\(s.subI) \(s.minus)[\(s.ellipsis)]\(s.subI)" }

    // MARK: - Element loss and gradient

    /// The x̂ the logs are taken of: Keras clips it to [1e-7, 1 − 1e-7]; the others use it as it is.
    @inline(__always)
    func usedXhat<T: LossScalar>(_ xhat: T, _ convention: Convention) -> T {
        guard convention == .keras else { return xhat }
        let eps = T(Convention.kerasEpsilon)
        return min(max(xhat, eps), 1 - eps)
    }

    /// log x̂ under the convention (PyTorch clamps it at −100).
    @inline(__always)
    func logXhat<T: LossScalar>(_ xhat: T, _ convention: Convention) -> T {
        let value = T.logarithm(usedXhat(xhat, convention))
        return convention == .pytorch ? max(value, T(Convention.pytorchLogFloor)) : value
    }

    /// log(1 − x̂) under the convention: log1p(−x̂) so tiny x̂ keep their digits, except that Keras
    /// writes log(1 − c) and is followed to the bit.
    @inline(__always)
    func logOneMinusXhat<T: LossScalar>(_ xhat: T, _ convention: Convention) -> T {
        switch convention {
        case .exact: return T.logarithmOnePlus(-xhat)
        case .pytorch: return max(T.logarithmOnePlus(-xhat), T(Convention.pytorchLogFloor))
        case .keras: return T.logarithm(1 - usedXhat(xhat, convention))
        }
    }

    /// The same sum as the term's parts, but a log whose weight is 0 is never taken: binary targets
    /// need one log per element instead of two. 0 · log 0 = 0, so a zero weight removes even an
    /// infinite log; the result is written so that a zero loss is +0.
    @inline(__always)
    public func elementLoss<T: LossScalar>(x: T, xhat: T, convention: Convention) -> T {
        let oneMinusX = 1 - x
        let a = x == 0 ? 0 : x * logXhat(xhat, convention)
        let b = oneMinusX == 0 ? 0 : oneMinusX * logOneMinusXhat(xhat, convention)
        return 0 - (a + b)
    }

    /// Exact: (x̂ − x) / (x̂(1 − x̂)), with its limits at x̂ = 0 and 1 (±∞ where the loss is infinite).
    /// PyTorch: the same with x̂(1 − x̂) floored at its float constant 1e-12 (9.999999960041972e-13 as a
    /// double), as its backward does. Keras: what autodiff gives for the clipped loss, (1 − x)/(1 − c) − x/c,
    /// and 0 where x̂ lies outside the clipping range.
    @inline(__always)
    public func elementGradient<T: LossScalar>(x: T, xhat: T, convention: Convention) -> T {
        switch convention {
        case .exact:
            if xhat > 0 && xhat < 1 { return (xhat - x) / (xhat * (1 - xhat)) }
            if xhat == 0 { return x == 0 ? 1 : -.infinity }
            if xhat == 1 { return x == 1 ? -1 : .infinity }
            return .nan
        case .pytorch:
            return (xhat - x) / max((1 - xhat) * xhat, T(Convention.pytorchGradientEpsilon))
        case .keras:
            let eps = T(Convention.kerasEpsilon)
            guard xhat >= eps && xhat <= 1 - eps else { return 0 }
            return (1 - x) / (1 - xhat) - x / xhat
        }
    }

    // MARK: - The term's quantities

    public func termColumns(convention: Convention, notation s: Notation) -> [TermColumn] {
        let p = convention == .keras ? "c" + s.subI : s.xhat("i")
        return [
            TermColumn(id: "xhat_used", symbol: p, priority: 6, inTables: convention == .keras),
            TermColumn(id: "log_xhat", symbol: "log \(p)", priority: 4),
            TermColumn(id: "x_log_xhat", symbol: "\(s.x("i"))\(s.times)log \(p)", priority: 6),
            TermColumn(id: "log_one_minus_xhat", symbol: "log(1\(s.minus)\(p))", priority: 3),
            TermColumn(id: "one_minus_x_log_one_minus_xhat", symbol: "(1\(s.minus)\(s.x("i")))\(s.times)log(1\(s.minus)\(p))",
                       priority: 5),
        ]
    }

    public func termValues<T: LossScalar>(x: T, xhat: T, convention: Convention) -> [T] {
        let logP = logXhat(xhat, convention)
        let logQ = logOneMinusXhat(xhat, convention)
        let oneMinusX = 1 - x
        return [usedXhat(xhat, convention), logP, x == 0 ? 0 : x * logP, logQ, oneMinusX == 0 ? 0 : oneMinusX * logQ]
    }

    public func stepFormula(_ term: ElementTerm, convention: Convention, notation s: Notation,
                            number num: (Double) -> String) -> (symbolic: String, substituted: String) {
        let (i, x) = (term.index, term.x)
        let oneMinusX = "(1 \(s.minus) \(s.x(i)))"
        // The x̂ the logs were taken of, as the evaluation computed it; a clipped value is written in
        // with the 9 digits that pin down a float32, since rounded to 4, 1 − 1e-7 would read as 1.
        let used = term.parts[0]
        let p = used == term.xhat ? num(used) : s.number(used, digits: 9)
        let oneMinus = "1 \(s.minus) \(p)"
        let weights = (num(x), num(1 - x))
        switch convention {
        case .exact:
            return ("\(s.minus)[\(s.x(i)) log \(s.xhat(i)) + \(oneMinusX) log(1 \(s.minus) \(s.xhat(i)))]",
                    "\(s.minus)[\(weights.0) \(s.times) log(\(p)) + \(weights.1) \(s.times) log(\(oneMinus))]")
        case .pytorch:
            let floor = "\(s.minus)100"
            return ("\(s.minus)[\(s.x(i)) max(log \(s.xhat(i)), \(floor)) + \(oneMinusX) max(log(1 \(s.minus) \(s.xhat(i))), \(floor))]",
                    "\(s.minus)[\(weights.0) \(s.times) max(log(\(p)), \(floor)) + \(weights.1) \(s.times) max(log(\(oneMinus)), \(floor))]")
        case .keras:
            let c = "c" + s.subscripted(String(i))
            return ("\(s.minus)[\(s.x(i)) log \(c) + \(oneMinusX) log(1 \(s.minus) \(c))], \(c) = clip(\(s.xhat(i)), 1e-7, 1 \(s.minus) 1e-7)",
                    "\(s.minus)[\(weights.0) \(s.times) log(\(p)) + \(weights.1) \(s.times) log(\(oneMinus))]")
        }
    }

    /// Exact: (x̂ − x) / (x̂(1 − x̂)); PyTorch floors the denominator; Keras differentiates the clipped
    /// loss, and has no formula where x̂ lies outside the clipping range (its slope is 0 there).
    public func gradientFormula(_ term: ElementTerm, convention: Convention, notation s: Notation,
                                number num: (Double) -> String) -> (symbolic: String, substituted: String)? {
        let (i, x, p) = (term.index, num(term.x), num(term.xhat))
        let (xi, pi) = (s.x(i), s.xhat(i))
        switch convention {
        case .exact:
            return ("(\(pi) \(s.minus) \(xi)) / (\(pi)(1 \(s.minus) \(pi)))", "(\(p) \(s.minus) \(x)) / (\(p) \(s.times) (1 \(s.minus) \(p)))")
        case .pytorch:
            return ("(\(pi) \(s.minus) \(xi)) / max(\(pi)(1 \(s.minus) \(pi)), 1e-12)",
                    "(\(p) \(s.minus) \(x)) / max(\(p) \(s.times) (1 \(s.minus) \(p)), 1e-12)")
        case .keras:
            let eps = Convention.kerasEpsilon
            guard term.xhat >= eps && term.xhat <= 1 - eps else { return nil }
            return ("(1 \(s.minus) \(xi)) / (1 \(s.minus) \(pi)) \(s.minus) \(xi) / \(pi)",
                    "(1 \(s.minus) \(x)) / (1 \(s.minus) \(p)) \(s.minus) \(x) / \(p)")
        }
    }

    /// Why the loss is infinite, when it is, and what each library would charge instead.
    public func notes(_ evaluation: Evaluation, notation s: Notation, number num: (Double) -> String) -> [String] {
        let infinite = evaluation.terms.filter { $0.loss.isInfinite }
        guard let first = infinite.first else { return [] }
        let i = first.index
        let which = infinite.count == 1 ? "element \(i) costs" : "\(infinite.count) elements cost"
        let logOf = first.xhat == 0 ? "log \(s.xhat(i)) = log 0" : "log(1 \(s.minus) \(s.xhat(i))) = log 0"
        return ["the loss is \(s.infinity) because \(which) \(s.infinity): at element \(i), "
            + "\(s.x(i)) = \(num(first.x)) but \(s.xhat(i)) = \(num(first.xhat)), and "
            + "\(logOf) = \(s.minus)\(s.infinity). The exact formula charges a confident mistake without limit; "
            + "PyTorch would charge at most 100 per element, Keras about 16.12 (try --convention pytorch or keras)."]
    }

    // MARK: - From logits

    /// max(z, 0) − z·x + log(1 + e^−|z|): never the log of a rounded 0 or 1, so finite for every z.
    @inline(__always)
    public func logitElementLoss<T: LossScalar>(x: T, z: T) -> T {
        max(z, 0) - z * x + T.logarithmOnePlus(T.exponential(-abs(z)))
    }

    /// σ(z) − x: the Sigmoid's slope cancels BCE's 1/(x̂(1 − x̂)), so it never vanishes on a confident mistake.
    @inline(__always)
    public func logitElementGradient<T: LossScalar>(x: T, z: T) -> T {
        T.sigmoidMinus(z, x)
    }

    /// σ(zᵢ) − xᵢ.
    public func logitGradientFormula(_ term: ElementTerm, notation s: Notation,
                                     number num: (Double) -> String) -> (symbolic: String, substituted: String)? {
        let i = term.index
        return ("\(s.sigma)(\(s.z(i))) \(s.minus) \(s.x(i))", "\(s.sigma)(\(num(term.logit ?? 0))) \(s.minus) \(num(term.x))")
    }

    public func logitTermColumns(notation s: Notation) -> [TermColumn] {
        let z = s.z("i")
        return [
            TermColumn(id: "max_z_0", symbol: "max(\(z), 0)", priority: 4),
            TermColumn(id: "z_x", symbol: "\(z)\(s.times)\(s.x("i"))", priority: 4),
            TermColumn(id: "log_one_plus_exp_neg_abs_z", symbol: s.logOnePlusExp(z), priority: 3),
        ]
    }

    public func logitTermValues<T: LossScalar>(x: T, z: T) -> [T] {
        [max(z, 0), z * x, T.logarithmOnePlus(T.exponential(-abs(z)))]
    }

    public func logitStepFormula(_ term: ElementTerm, notation s: Notation,
                                 number num: (Double) -> String) -> (symbolic: String, substituted: String) {
        let (i, x, z) = (term.index, term.x, term.logit ?? 0)
        let zi = s.z(i)
        let factor = z < 0 ? "(\(num(z)))" : num(z)
        return ("max(\(zi), 0) \(s.minus) \(zi)\(s.times)\(s.x(i)) + \(s.logOnePlusExp(zi))",
                "max(\(num(z)), 0) \(s.minus) \(factor) \(s.times) \(num(x)) + \(s.logOnePlusExp(num(z)))")
    }
}
