import LossKit

/// A number a lesson states, described by how LossKit computes it.
public struct Computation: Sendable, Equatable {
    /// Which number of the evaluation is meant.
    public enum Quantity: String, Sendable, Equatable, CaseIterable {
        /// The loss itself (under the reduction).
        case loss
        /// One element's error xᵢ − x̂ᵢ, as MSE computes it.
        case error
        /// One element's own loss, (xᵢ − x̂ᵢ)² or its BCE term.
        case term
        /// dL/dx̂ᵢ of the whole loss (under the reduction).
        case gradient
        /// x̂ᵢ itself: σ(zᵢ) when the computation starts from logits.
        case prediction
        /// BCE straight from the logits in the stable combined form (under the reduction).
        case logitsLoss = "logits-loss"
    }

    public var spec: LossSpec
    public var x: [Double]
    public var xhat: [Double]
    /// The logits z the predictions came from (x̂ᵢ = σ(zᵢ)), if the computation starts from them.
    public var logits: [Double]?
    public var quantity: Quantity
    /// The 1-based element for `term` and `gradient`.
    public var element: Int

    /// A computation over validated vectors; `element` must lie in 1…n for `term` and `gradient`.
    public init(spec: LossSpec, x: [Double], xhat: [Double], logits: [Double]? = nil, quantity: Quantity = .loss,
                element: Int = 1) {
        self.spec = spec
        self.x = x
        self.xhat = xhat
        self.logits = logits
        self.quantity = quantity
        self.element = element
    }

    /// The number, computed by LossKit.
    public var value: Double {
        let evaluation = Evaluation(spec: spec, x: x, xhat: xhat)
        switch quantity {
        case .loss: return evaluation.value
        case .error:
            if case let .squaredError(diff, _) = evaluation.terms[element - 1].parts { return diff }
            return x[element - 1] - xhat[element - 1]
        case .term: return evaluation.terms[element - 1].loss
        case .gradient: return evaluation.terms[element - 1].gradient
        case .prediction: return xhat[element - 1]
        case .logitsLoss:
            let losses = zip(x, logits ?? []).map { LogitLoss.elementLoss(x: $0, logit: $1) }
            let sum = PairwiseSumTree(losses).total
            return spec.reduction == .mean ? sum / Double(losses.count) : sum
        }
    }
}
