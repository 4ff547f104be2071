/// Several losses of one x and one prediction vector, kept up to date as single predictions change.
///
/// Each loss keeps its element losses summed pairwise in blocks (`ElementLossSums`), so changing one
/// prediction re-adds one block and the nodes above it: the totals follow a key press in O(log n)
/// even for 10⁷ elements, in about 1/32 of the memory of the vectors. The whole vectors are summed
/// by an `EvaluationJob`, which an app may run in slices. The loss values apply the spec's own
/// reduction; nothing outside LossKit divides by n.
public struct IncrementalEvaluation: Sendable, Equatable {
    public private(set) var x: [Double]
    /// The predictions as the specs take them: probabilities x̂, or logits z when `logits`.
    public private(set) var predictions: [Double]
    /// The losses tracked, in order.
    public let losses: [Loss]
    public private(set) var convention: Convention
    public private(set) var reduction: Reduction
    public let precision: Precision
    public let logits: Bool
    /// One sum of element losses per loss, in the order of `losses`.
    private var sums: [ElementLossSums]

    /// The losses of a validated input, summed at once.
    public init(_ input: LossInput, losses: [Loss], convention: Convention = .exact, reduction: Reduction = .mean,
                precision: Precision = .float64, logits: Bool = false) {
        let job = EvaluationJob(x: input.x, predictions: input.xhat, losses: losses, convention: convention, reduction: reduction,
                                precision: precision, logits: logits, checksFinite: false, checkedLosses: [], reused: [:])
        self = job.finishedEvaluation()
    }

    /// The evaluation an `EvaluationJob` has finished.
    init(x: [Double], predictions: [Double], losses: [Loss], convention: Convention, reduction: Reduction,
         precision: Precision, logits: Bool, sums: [ElementLossSums]) {
        self.x = x
        self.predictions = predictions
        self.losses = losses
        self.convention = convention
        self.reduction = reduction
        self.precision = precision
        self.logits = logits
        self.sums = sums
    }

    /// A job that makes this evaluation over for other losses or another convention: the sums of a
    /// loss whose element losses stay the same are kept, and only the losses not tracked yet are
    /// checked against their domains (the vectors are finite and equally long already).
    public func rebuilding(losses newLosses: [Loss], convention newConvention: Convention) -> EvaluationJob {
        var kept: [LossSpec: ElementLossSums] = [:]
        for (k, loss) in losses.enumerated() {
            let before = elementSpec(loss, convention)
            if before == elementSpec(loss, newConvention) { kept[before] = sums[k] }
        }
        return EvaluationJob(x: x, predictions: predictions, losses: newLosses, convention: newConvention, reduction: reduction,
                             precision: precision, logits: logits, checksFinite: false,
                             checkedLosses: newLosses.filter { !losses.contains($0) }, reused: kept)
    }

    /// The number of elements.
    public var count: Int { x.count }

    /// What is computed for `loss`.
    public func spec(_ loss: Loss) -> LossSpec {
        LossSpec(loss: loss, convention: convention, reduction: reduction, precision: precision, logits: logits)
    }

    /// The sum of the element losses of `loss` (which must be tracked).
    public func sum(_ loss: Loss) -> Double { sums[position(loss)].total }

    /// The loss itself, under the reduction.
    public func value(_ loss: Loss) -> Double { spec(loss).value(sum: sum(loss), count: count) }

    /// Element `index`'s (0-based) loss.
    public func elementLoss(_ loss: Loss, at index: Int) -> Double {
        spec(loss).elementLoss(x: x[index], prediction: predictions[index])
    }

    /// Element `index`'s (0-based) term: its parts, loss and gradient under the reduction.
    public func term(_ loss: Loss, at index: Int) -> ElementTerm {
        ElementTerm(spec: spec(loss), index: index + 1, x: x[index], prediction: predictions[index], count: count)
    }

    /// The sum of the first `count` element losses, in O(log n).
    public func runningSum(_ loss: Loss, count: Int) -> Double {
        count >= self.count ? sum(loss) : sum(loss, in: 0..<max(0, count))
    }

    /// The sum of the element losses in `range` (0-based), in O(log n).
    public func sum(_ loss: Loss, in range: Range<Int>) -> Double {
        let spec = spec(loss)
        return sums[position(loss)].sum(range) { spec.elementLoss(x: x[$0], prediction: predictions[$0]) }
    }

    /// Sets the prediction at `index` (0-based) and sums its block again for each loss.
    public mutating func setPrediction(_ value: Double, at index: Int) {
        predictions[index] = value
        let block = index / ElementLossSums.blockSize
        x.withUnsafeBufferPointer { x in
            predictions.withUnsafeBufferPointer { predictions in
                for k in sums.indices { sums[k].compute(blocks: block..<(block + 1), spec: spec(losses[k]), x: x, predictions: predictions) }
            }
        }
    }

    /// Gives the predictions a buffer of their own now, so that the first `setPrediction` does not copy
    /// them all while a key waits: a value kept aside (such as the state an app resets to) may share them.
    public mutating func ownPredictions() {
        predictions = predictions.withUnsafeBufferPointer { source in
            [Double].filled(count: source.count) { target in
                if let base = source.baseAddress { target.baseAddress!.initialize(from: base, count: source.count) }
            }
        }
    }

    /// Replaces every prediction (as many as there are elements) and sums every loss again, in O(n).
    public mutating func setPredictions(_ values: [Double]) {
        self = replacingPredictions(values).finishedEvaluation()
    }

    /// `setPredictions` as a job an app may run in slices; the values were valid predictions here before.
    public func replacingPredictions(_ values: [Double]) -> EvaluationJob {
        precondition(values.count == count, "\(values.count) predictions for \(count) elements")
        return EvaluationJob(x: x, predictions: values, losses: losses, convention: convention, reduction: reduction,
                             precision: precision, logits: logits, checksFinite: false, checkedLosses: [], reused: [:])
    }

    /// A job that turns the predictions into logits z = log(x̂ / (1 − x̂)), or logits back into
    /// probabilities x̂ = σ(z), and sums every loss over them, slice by slice.
    ///
    /// It fails at the first x̂ outside (0, 1), which has no logit (`InputError.noLogit`), or at the
    /// first element a loss's domain refuses once converted (a σ(z) that rounds to 0 or 1).
    public func convertingPredictions() -> EvaluationJob {
        EvaluationJob(x: x, predictions: [], losses: losses, convention: convention, reduction: reduction, precision: precision,
                      logits: !logits, checksFinite: false, checkedLosses: losses, reused: [:],
                      pass: .conversion(LogitConversion(toLogits: !logits, source: predictions)))
    }

    /// Switches the convention, summing again at once the losses it changes.
    public mutating func setConvention(_ convention: Convention) {
        self = rebuilding(losses: losses, convention: convention).finishedEvaluation()
    }

    /// Switches the reduction; the element losses stay, only the values change.
    public mutating func setReduction(_ reduction: Reduction) {
        self.reduction = reduction
    }

    /// What an element's loss depends on: the spec without its reduction.
    private func elementSpec(_ loss: Loss, _ convention: Convention) -> LossSpec {
        LossSpec(loss: loss, convention: convention, reduction: .mean, precision: precision, logits: logits)
    }

    private func position(_ loss: Loss) -> Int {
        guard let k = losses.firstIndex(of: loss) else { preconditionFailure("\(loss) is not tracked") }
        return k
    }
}
