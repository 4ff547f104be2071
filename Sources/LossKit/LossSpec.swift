/// A complete choice of what to compute: loss, convention, reduction, precision, and whether the
/// predictions are given as probabilities x̂ or as logits z (x̂ = σ(z)).
public struct LossSpec: Sendable, Hashable {
    public var loss: Loss
    public var convention: Convention
    public var reduction: Reduction
    public var precision: Precision
    /// True when the predictions are logits z; the loss is then taken of σ(z) and differentiated by z.
    public var logits: Bool

    public init(loss: Loss, convention: Convention = .exact, reduction: Reduction = .mean,
                precision: Precision = .float64, logits: Bool = false) {
        self.loss = loss
        self.convention = convention
        self.reduction = reduction
        self.precision = precision
        self.logits = logits
    }

    /// Whether the convention changes the numbers: only for a loss that uses one, and never from
    /// logits, where every library uses the stable form.
    public var conventionApplies: Bool { loss.usesConvention && !logits }

    /// The loss from the sum of `n` element losses: ÷ n for `mean`, rounded to float32 in that precision.
    ///
    /// This and `gradient(x:prediction:count:)` are the one place the reduction is applied.
    @inline(__always)
    public func value(sum: Double, count n: Int) -> Double {
        let value = reduction == .mean ? sum / Double(n) : sum
        return precision == .float32 ? Double(Float(value)) : value
    }

    // MARK: - One element

    /// One element's loss, for a prediction as given (x̂, or z when `logits`), in the spec's precision.
    @inline(__always)
    public func elementLoss(x: Double, prediction: Double) -> Double {
        switch precision {
        case .float64: elementLoss(Double.self, x: x, prediction: prediction)
        case .float32: Double(elementLoss(Float.self, x: Float(x), prediction: Float(prediction)))
        }
    }

    /// d/dx̂ᵢ (d/dzᵢ when `logits`) of the whole loss: the element's gradient under the reduction.
    @inline(__always)
    public func gradient(x: Double, prediction: Double, count n: Int) -> Double {
        switch precision {
        case .float64: reduced(gradient: elementGradient(Double.self, x: x, prediction: prediction), count: n)
        case .float32: reduced(gradient: Double(elementGradient(Float.self, x: Float(x), prediction: Float(prediction))), count: n)
        }
    }

    /// An element's gradient before the reduction (as the spec's precision computes it), divided by
    /// n for `mean`, in that precision: what `gradient(x:prediction:count:)` returns.
    @inline(__always)
    public func reduced(gradient g: Double, count n: Int) -> Double {
        guard reduction == .mean else { return g }
        return precision == .float32 ? Double(Float(g) / Float(n)) : g / Double(n)
    }

    /// The values of `columns(_:)` for one element.
    public func termValues(x: Double, prediction: Double) -> [Double] {
        let d = loss.definition
        switch (precision, logits) {
        case (.float64, false): return d.termValues(x: x, xhat: prediction, convention: convention)
        case (.float64, true): return d.logitTermValues(x: x, z: prediction)
        case (.float32, false): return d.termValues(x: Float(x), xhat: Float(prediction), convention: convention).map(Double.init)
        case (.float32, true): return d.logitTermValues(x: Float(x), z: Float(prediction)).map(Double.init)
        }
    }

    /// The quantities of one element's term, in order (from logits: after zᵢ and σ(zᵢ), which the views add).
    public func columns(_ notation: Notation) -> [TermColumn] {
        logits ? loss.definition.logitTermColumns(notation: notation)
            : loss.definition.termColumns(convention: convention, notation: notation)
    }

    /// The probability x̂ a prediction stands for: σ(z) from a logit, itself otherwise.
    @inline(__always)
    public func probability(_ prediction: Double) -> Double {
        guard logits else { return prediction }
        return precision == .float32 ? Double(Float.sigmoid(Float(prediction))) : Double.sigmoid(prediction)
    }

    /// The element loss in a chosen type; the loops of `FusedLoss` call it with constants so it specialises.
    @inline(__always)
    func elementLoss<T: LossScalar>(_: T.Type, x: T, prediction: T) -> T {
        logits ? loss.definition.logitElementLoss(x: x, z: prediction)
            : loss.definition.elementLoss(x: x, xhat: prediction, convention: convention)
    }

    @inline(__always)
    func elementGradient<T: LossScalar>(_: T.Type, x: T, prediction: T) -> T {
        logits ? loss.definition.logitElementGradient(x: x, z: prediction)
            : loss.definition.elementGradient(x: x, xhat: prediction, convention: convention)
    }
}
