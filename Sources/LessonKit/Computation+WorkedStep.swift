import LossKit

extension Computation {
    /// The worked step of this computation with the numbers substituted, from LossKit's step trace,
    /// stopping short of the final value: the third tier of a question's hints.
    public func workedStep(_ s: Notation = .unicode) -> String {
        let i = element
        switch quantity {
        case .loss: return lossSteps(Evaluation(spec: spec, x: x, xhat: xhat), s)
        case .logitsLoss: return lossSteps(Evaluation(spec: logitSpec, x: x, xhat: logits ?? []), s)
        case .term: return unfinished(Evaluation(spec: spec, x: x, xhat: xhat).steps(s)[i - 1])
        case .error: return "\(s.x(i)) \(s.minus) \(s.xhat(i)) = \(s.number(x[i - 1])) \(s.minus) \(s.number(xhat[i - 1]))"
        case .prediction: return "\(s.xhat(i)) = \(s.sigma)(\(s.z(i))) = \(s.sigma)(\(s.number((logits ?? xhat)[i - 1])))"
        case .gradient: return gradientStep(spec: spec, prediction: xhat[i - 1], by: s.xhat(i), s)
        case .logitsGradient: return gradientStep(spec: logitSpec, prediction: (logits ?? [])[i - 1], by: s.z(i), s)
        }
    }

    /// Each term, the sum, and the division by n, without the result; for one element, its term alone.
    private func lossSteps(_ evaluation: Evaluation, _ s: Notation) -> String {
        let steps = evaluation.steps(s)
        guard evaluation.n > 1 else { return unfinished(steps[0]) }
        let terms = steps.prefix(evaluation.n)
        let shown = terms.count <= 4 ? terms.map { $0.line(s) } : terms.prefix(2).map { $0.line(s) } + [s.ellipsis] + [terms.last!.line(s)]
        let totals = steps.filter { $0.kind == .sum || $0.kind == .divide }
        let ending = totals.dropLast().map { $0.line(s) } + totals.suffix(1).map(unfinished)
        return (shown + ending).joined(separator: "; ")
    }

    /// The slope of the element's own term as a formula with the numbers in, and what the reduction does with it.
    private func gradientStep(spec: LossSpec, prediction: Double, by v: String, _ s: Notation) -> String {
        let term = ElementTerm(spec: spec, index: element, x: x[element - 1], prediction: prediction, count: x.count)
        let num = { (value: Double) in s.number(value) }
        let d = spec.loss.definition
        let formula = spec.logits ? d.logitGradientFormula(term, notation: s, number: num)
            : d.gradientFormula(term, convention: spec.convention, notation: s, number: num)
        let partial = s.partial("ℓ" + s.subscripted(String(element)), by: v)
        let slope = formula.map { "\(partial) = \($0.symbolic) = \($0.substituted)" }
            ?? "\(partial) at \(s.x(element)) = \(num(x[element - 1])), \(v) = \(num(prediction))"
        guard spec.reduction == .mean else { return slope }
        return x.count == 1 ? "\(slope); with n = 1 the mean leaves it as it is" : "\(slope); the mean divides it by n = \(x.count)"
    }

    /// A step written without its value: `symbolic = substituted`.
    private func unfinished(_ step: Step) -> String { "\(step.symbolic) = \(step.substituted)" }
}
