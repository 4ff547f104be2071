import LossKit

/// A number a lesson states, described by how LossKit computes it.
public struct Computation: Sendable, Equatable {
    /// Which number of the evaluation is meant.
    public enum Quantity: String, Sendable, Equatable, CaseIterable {
        /// The loss itself (under the reduction).
        case loss
        /// One element's error xᵢ − x̂ᵢ.
        case error
        /// One element's own loss, (xᵢ − x̂ᵢ)² or its BCE term.
        case term
        /// dL/dx̂ᵢ of the whole loss (under the reduction).
        case gradient
        /// x̂ᵢ itself: σ(zᵢ) when the computation starts from logits.
        case prediction
        /// The loss straight from the logits (BCE in the stable combined form), under the reduction.
        case logitsLoss = "logits-loss"
        /// dL/dzᵢ of the whole loss from the logits, through the Sigmoid (under the reduction).
        case logitsGradient = "logits-gradient"
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
    ///
    /// With logits, every quantity but the `logits-…` ones takes two steps, as a network that applies
    /// the Sigmoid and then the loss would: x̂ = σ(z) first, then the loss of x̂.
    public var value: Double {
        switch quantity {
        case .loss: return Evaluation(spec: spec, x: x, xhat: xhat).value
        case .error: return x[element - 1] - xhat[element - 1]
        case .term: return spec.elementLoss(x: x[element - 1], prediction: xhat[element - 1])
        case .gradient: return spec.gradient(x: x[element - 1], prediction: xhat[element - 1], count: x.count)
        case .prediction: return xhat[element - 1]
        case .logitsLoss: return Evaluation(spec: logitSpec, x: x, xhat: logits ?? []).value
        case .logitsGradient: return logitSpec.gradient(x: x[element - 1], prediction: (logits ?? [])[element - 1], count: x.count)
        }
    }

    /// The spec computed straight from the logits.
    var logitSpec: LossSpec {
        var s = spec
        s.logits = true
        return s
    }
}
