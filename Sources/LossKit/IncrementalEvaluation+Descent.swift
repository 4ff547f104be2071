/// What one gradient-descent step did to the predictions.
public struct DescentStep: Sendable, Equatable {
    /// How many predictions the step would have taken out of `bounds`, and were held at its edge.
    public var clamped: Int
    /// The values the predictions were kept inside; nil when they may be any number (logits, or
    /// losses defined on every real number).
    public var bounds: ClosedRange<Double>?
}

extension IncrementalEvaluation {
    /// Where a step may leave the predictions: anywhere for logits (every z is a valid prediction),
    /// else inside the narrowest `LossDomain.descentBounds` of the losses tracked.
    public var descentBounds: ClosedRange<Double>? {
        guard !logits else { return nil }
        return losses.compactMap(\.domain.descentBounds).reduce(nil) { narrowest, bounds in
            guard let narrowest else { return bounds }
            return max(narrowest.lowerBound, bounds.lowerBound)...min(narrowest.upperBound, bounds.upperBound)
        }
    }

    /// Takes one gradient-descent step on every prediction: pᵢ ← pᵢ − η ∂L/∂pᵢ, where p is x̂ (or z
    /// when `logits`) and ∂L/∂pᵢ is `loss`'s gradient of the whole loss under the convention and the
    /// reduction (the number `term(_:at:).gradient` gives), each result held inside `descentBounds`.
    ///
    /// Returns nil, changing nothing, when the step would leave the finite numbers (a prediction or
    /// the loss `loss` overflows): the learning rate `rate` is too large for these values.
    public mutating func descend(by loss: Loss, rate: Double) -> DescentStep? {
        let spec = spec(loss)
        let bounds = descentBounds
        var clamped = 0
        var next = predictions
        for i in next.indices {
            var value = next[i] - rate * spec.gradient(x: x[i], prediction: next[i], count: count)
            if let bounds, !bounds.contains(value) {
                // An infinite gradient (exact BCE at x̂ = 0 or 1) lands on the nearer edge too.
                guard !value.isNaN else { return nil }
                value = min(max(value, bounds.lowerBound), bounds.upperBound)
                clamped += 1
            }
            guard value.isFinite else { return nil }
            next[i] = value
        }
        let before = predictions
        setPredictions(next)
        if !value(loss).isFinite {
            setPredictions(before)
            return nil
        }
        return DescentStep(clamped: clamped, bounds: bounds)
    }
}
