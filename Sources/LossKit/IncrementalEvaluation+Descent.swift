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
        var job = descending(by: loss, rate: rate)
        job.advance(by: count)
        guard case let .finished(next) = job.state else { return nil }
        self = next
        return job.step
    }

    /// The step of `descend(by:rate:)` as a job an app may run in slices: each slice moves its
    /// predictions, then sums their losses; it ends `.diverged` where `descend` returns nil.
    public func descending(by loss: Loss, rate: Double) -> EvaluationJob {
        EvaluationJob(x: x, predictions: [], losses: losses, convention: convention, reduction: reduction, precision: precision,
                      logits: logits, checksFinite: false, checkedLosses: [], reused: [:],
                      pass: .descent(DescentPass(spec: spec(loss), rate: rate, bounds: descentBounds, source: predictions)))
    }
}

/// One gradient-descent step over a range of predictions at a time, for `EvaluationJob`.
struct DescentPass: Sendable, Equatable {
    var spec: LossSpec
    var rate: Double
    var bounds: ClosedRange<Double>?
    /// The predictions before the step.
    var source: [Double]
    /// How many predictions so far were held at the edge of `bounds`.
    var clamped = 0

    /// Writes the moved predictions of `range` into `next`; false when one leaves the finite numbers.
    mutating func move(_ range: Range<Int>, x: [Double], into next: UnsafeMutableBufferPointer<Double>) -> Bool {
        // The gradients before the reduction go into `next` first, from FusedLoss's loop for this loss.
        var unreduced = spec
        unreduced.reduction = .sum
        x.withUnsafeBufferPointer { x in
            source.withUnsafeBufferPointer { source in
                FusedLoss.gradient(unreduced, x: UnsafeBufferPointer(rebasing: x[range]), xhat: UnsafeBufferPointer(rebasing: source[range]),
                                   into: UnsafeMutableBufferPointer(rebasing: next[range]))
            }
        }
        for i in range {
            var value = source[i] - rate * spec.reduced(gradient: next[i], count: x.count)
            if let bounds, !bounds.contains(value) {
                // An infinite gradient (exact BCE at x̂ = 0 or 1) lands on the nearer edge too.
                guard !value.isNaN else { return false }
                value = min(max(value, bounds.lowerBound), bounds.upperBound)
                clamped += 1
            }
            guard value.isFinite else { return false }
            next[i] = value
        }
        return true
    }
}
