/// The worked step of a loss, a term or a gradient with the numbers substituted, from the step trace,
/// stopping short of the final value: the third tier of a question's hints.
public enum WorkedStep {
    /// The worked step of `quantity` under `spec` for validated, equally long vectors (`prediction` is
    /// x̂, or logits z when `spec.logits`); a gradient is taken by z then, by x̂ otherwise.
    public static func text(spec: LossSpec, x: [Double], prediction: [Double], quantity: MistakeCatalogue.Quantity,
                            notation s: Notation = .unicode) -> String {
        switch quantity {
        case .loss: return lossSteps(Evaluation(spec: spec, x: x, xhat: prediction), s)
        case let .term(i): return unfinished(Evaluation(spec: spec, x: x, xhat: prediction).steps(s)[i - 1])
        case let .gradient(i): return gradientStep(spec: spec, x: x, prediction: prediction, element: i, s)
        }
    }

    /// Each term, the sum, and the division by n, without the result; for one element, its term alone.
    private static func lossSteps(_ evaluation: Evaluation, _ s: Notation) -> String {
        let steps = evaluation.steps(s)
        guard evaluation.n > 1 else { return unfinished(steps[0]) }
        let terms = steps.prefix(evaluation.n)
        let shown = terms.count <= 4 ? terms.map { $0.line(s) } : terms.prefix(2).map { $0.line(s) } + [s.ellipsis] + [terms.last!.line(s)]
        let totals = steps.filter { $0.kind == .sum || $0.kind == .divide }
        let ending = totals.dropLast().map { $0.line(s) } + totals.suffix(1).map(unfinished)
        return (shown + ending).joined(separator: "; ")
    }

    /// The slope of the element's own term as a formula with the numbers in, and what the reduction does with it.
    private static func gradientStep(spec: LossSpec, x: [Double], prediction: [Double], element: Int, _ s: Notation) -> String {
        let by = spec.logits ? s.z(element) : s.xhat(element)
        let term = ElementTerm(spec: spec, index: element, x: x[element - 1], prediction: prediction[element - 1], count: x.count)
        let num = { (value: Double) in s.number(value) }
        let d = spec.loss.definition
        let formula = spec.logits ? d.logitGradientFormula(term, notation: s, number: num)
            : d.gradientFormula(term, convention: spec.convention, notation: s, number: num)
        let partial = s.partial("ℓ" + s.subscripted(String(element)), by: by)
        let slope = formula.map { "\(partial) = \($0.symbolic) = \($0.substituted)" }
            ?? "\(partial) at \(s.x(element)) = \(num(x[element - 1])), \(by) = \(num(prediction[element - 1]))"
        guard spec.reduction == .mean else { return slope }
        return x.count == 1 ? "\(slope); with n = 1 the mean leaves it as it is" : "\(slope); the mean divides it by n = \(x.count)"
    }

    /// A step written without its value: `symbolic = substituted`.
    private static func unfinished(_ step: Step) -> String { "\(step.symbolic) = \(step.substituted)" }
}
