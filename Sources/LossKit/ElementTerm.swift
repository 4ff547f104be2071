/// One element's share of the loss, with every intermediate value a student can check.
public struct ElementTerm: Sendable, Equatable {
    /// The element's position, counted from 1 as in the formulas.
    public var index: Int
    public var x: Double
    /// The prediction as a probability: x̂ᵢ itself, or σ(zᵢ) when the evaluation starts from logits.
    public var xhat: Double
    /// The logit zᵢ, when the evaluation starts from logits.
    public var logit: Double?
    /// The values of the spec's term columns (`LossSpec.columns`), in their order.
    public var parts: [Double]
    /// The element's own loss, such as (xᵢ − x̂ᵢ)², under the convention.
    public var loss: Double
    /// dL/dx̂ᵢ of the whole loss (dL/dzᵢ from logits), under the reduction (so divided by n for `mean`).
    public var gradient: Double

    public init(index: Int, x: Double, xhat: Double, logit: Double? = nil, parts: [Double], loss: Double, gradient: Double) {
        self.index = index
        self.x = x
        self.xhat = xhat
        self.logit = logit
        self.parts = parts
        self.loss = loss
        self.gradient = gradient
    }

    /// The term of element `index` (1-based) of `n`, for a prediction as the spec takes it (x̂, or z from logits).
    public init(spec: LossSpec, index: Int, x: Double, prediction: Double, count n: Int) {
        self.init(index: index, x: x, xhat: spec.probability(prediction), logit: spec.logits ? prediction : nil,
                  parts: spec.termValues(x: x, prediction: prediction),
                  loss: spec.elementLoss(x: x, prediction: prediction),
                  gradient: spec.gradient(x: x, prediction: prediction, count: n))
    }
}
