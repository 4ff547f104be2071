/// One element's share of the loss, with every intermediate value a student can check.
public struct ElementTerm: Sendable, Equatable {
    /// The element's position, counted from 1 as in the formulas.
    public var index: Int
    public var x: Double
    public var xhat: Double
    /// The intermediate values of the element's term.
    public var parts: TermParts
    /// The element's own loss: (xᵢ − x̂ᵢ)², or −[xᵢ log x̂ᵢ + (1 − xᵢ) log(1 − x̂ᵢ)] under the convention.
    public var loss: Double
    /// dL/dx̂ᵢ of the whole loss, under the reduction (so divided by n for `mean`).
    public var gradient: Double

    public init(index: Int, x: Double, xhat: Double, parts: TermParts, loss: Double, gradient: Double) {
        self.index = index
        self.x = x
        self.xhat = xhat
        self.parts = parts
        self.loss = loss
        self.gradient = gradient
    }
}

/// The intermediate values of one element's term.
public enum TermParts: Sendable, Equatable {
    /// MSE: the error xᵢ − x̂ᵢ and its square.
    case squaredError(diff: Double, squared: Double)
    /// BCE: both logarithms and both weighted logarithms, under the convention.
    ///
    /// `usedXhat` is the x̂ᵢ the logs were taken of: x̂ᵢ itself, or Keras' clipped value.
    case crossEntropy(usedXhat: Double, logXhat: Double, xLogXhat: Double,
                      logOneMinusXhat: Double, oneMinusXLogOneMinusXhat: Double)
}
