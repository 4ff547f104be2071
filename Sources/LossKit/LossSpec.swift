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

    /// The factor that turns the sum into the loss: 1/n for `mean`, 1 for `sum`.
    public func scale(count n: Int) -> Double {
        reduction == .mean ? 1 / Double(n) : 1
    }
}
