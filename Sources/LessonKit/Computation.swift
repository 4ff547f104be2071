import LossKit

/// A number a lesson states, described by how LossKit computes it.
public struct Computation: Sendable, Equatable {
    /// Which number of the evaluation is meant.
    public enum Quantity: String, Sendable, Equatable, CaseIterable {
        /// The loss itself (under the reduction).
        case loss
        /// One element's own loss, (xᵢ − x̂ᵢ)² or its BCE term.
        case term
        /// dL/dx̂ᵢ of the whole loss (under the reduction).
        case gradient
    }

    public var spec: LossSpec
    public var x: [Double]
    public var xhat: [Double]
    public var quantity: Quantity
    /// The 1-based element for `term` and `gradient`.
    public var element: Int

    /// A computation over validated vectors; `element` must lie in 1…n for `term` and `gradient`.
    public init(spec: LossSpec, x: [Double], xhat: [Double], quantity: Quantity = .loss, element: Int = 1) {
        self.spec = spec
        self.x = x
        self.xhat = xhat
        self.quantity = quantity
        self.element = element
    }

    /// The number, computed by LossKit.
    public var value: Double {
        let evaluation = Evaluation(spec: spec, x: x, xhat: xhat)
        switch quantity {
        case .loss: return evaluation.value
        case .term: return evaluation.terms[element - 1].loss
        case .gradient: return evaluation.terms[element - 1].gradient
        }
    }
}
