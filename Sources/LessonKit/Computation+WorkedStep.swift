import LossKit

extension Computation {
    /// The worked step of this computation with the numbers substituted, from LossKit's step trace,
    /// stopping short of the final value: the third tier of a question's hints (see `WorkedStep`).
    public func workedStep(_ s: Notation = .unicode) -> String {
        let i = element
        let fromLogits = (spec: logitSpec, prediction: logits ?? [])
        switch quantity {
        case .loss: return WorkedStep.text(spec: spec, x: x, prediction: xhat, quantity: .loss, notation: s)
        case .logitsLoss: return WorkedStep.text(spec: fromLogits.spec, x: x, prediction: fromLogits.prediction, quantity: .loss, notation: s)
        case .term: return WorkedStep.text(spec: spec, x: x, prediction: xhat, quantity: .term(element: i), notation: s)
        case .error: return "\(s.x(i)) \(s.minus) \(s.xhat(i)) = \(s.number(x[i - 1])) \(s.minus) \(s.number(xhat[i - 1]))"
        case .prediction: return "\(s.xhat(i)) = \(s.sigma)(\(s.z(i))) = \(s.sigma)(\(s.number((logits ?? xhat)[i - 1])))"
        case .gradient: return WorkedStep.text(spec: spec, x: x, prediction: xhat, quantity: .gradient(element: i), notation: s)
        case .logitsGradient:
            return WorkedStep.text(spec: fromLogits.spec, x: x, prediction: fromLogits.prediction, quantity: .gradient(element: i), notation: s)
        }
    }
}
