/// A complete choice of what to compute: loss, BCE convention and reduction.
public struct LossSpec: Sendable, Hashable {
    public var loss: LossKind
    public var convention: Convention
    public var reduction: Reduction

    public init(loss: LossKind, convention: Convention = .exact, reduction: Reduction = .mean) {
        self.loss = loss
        self.convention = convention
        self.reduction = reduction
    }

    /// Applies the reduction to a sum (or to one element's gradient) over `n` elements: ÷ n for `mean`.
    @inline(__always)
    public func reduce(_ value: Double, count n: Int) -> Double {
        reduction == .mean ? value / Double(n) : value
    }
}
