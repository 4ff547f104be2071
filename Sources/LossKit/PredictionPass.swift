/// What an `EvaluationJob` does to each slice's predictions before it checks and sums them.
enum PredictionPass: Sendable, Equatable {
    /// One gradient-descent step.
    case descent(DescentPass)
    /// Probabilities into logits, or back.
    case conversion(LogitConversion)
}

/// Predictions converted between probabilities x̂ and logits z = log(x̂ / (1 − x̂)), a range at a time.
struct LogitConversion: Sendable, Equatable {
    /// Whether x̂ becomes z (else z becomes x̂ = σ(z)).
    var toLogits: Bool
    /// The predictions before the conversion.
    var source: [Double]

    /// Writes the converted predictions of `range` into `next`; returns the index of the first x̂
    /// that has no logit (one outside (0, 1)), where it stopped, or nil.
    func convert(_ range: Range<Int>, into next: UnsafeMutableBufferPointer<Double>) -> Int? {
        source.withUnsafeBufferPointer { source in
            if !toLogits {
                for i in range { next[i] = Double.sigmoid(source[i]) }
                return nil
            }
            for i in range {
                let p = source[i]
                guard p > 0 && p < 1 else { return i }
                next[i] = Double.logit(p)
            }
            return nil
        }
    }
}
