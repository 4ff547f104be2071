/// Several losses of one x and one prediction vector, kept up to date as single predictions change.
///
/// Each loss keeps its element losses in a `PairwiseSumTree`, so changing one prediction re-adds only
/// the nodes above it: the totals follow a key press in O(log n) even for 10⁵ elements. The loss
/// values apply the spec's own reduction; nothing outside LossKit divides by n.
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
    /// One tree of element losses per loss, in the order of `losses` (an array of values, so a change
    /// updates a tree in place instead of copying it).
    private var trees: [PairwiseSumTree]

    /// The losses of a validated input.
    public init(_ input: LossInput, losses: [Loss], convention: Convention = .exact, reduction: Reduction = .mean,
                precision: Precision = .float64, logits: Bool = false) {
        x = input.x
        predictions = input.xhat
        self.losses = losses
        self.convention = convention
        self.reduction = reduction
        self.precision = precision
        self.logits = logits
        trees = []
        trees = losses.map(tree)
    }

    /// The number of elements.
    public var count: Int { x.count }

    /// What is computed for `loss`.
    public func spec(_ loss: Loss) -> LossSpec {
        LossSpec(loss: loss, convention: convention, reduction: reduction, precision: precision, logits: logits)
    }

    /// The sum of the element losses of `loss` (which must be tracked).
    public func sum(_ loss: Loss) -> Double { trees[position(loss)].total }

    /// The loss itself, under the reduction.
    public func value(_ loss: Loss) -> Double { spec(loss).value(sum: sum(loss), count: count) }

    /// Element `index`'s (0-based) loss.
    public func elementLoss(_ loss: Loss, at index: Int) -> Double { trees[position(loss)][index] }

    /// Element `index`'s (0-based) term: its parts, loss and gradient under the reduction.
    public func term(_ loss: Loss, at index: Int) -> ElementTerm {
        ElementTerm(spec: spec(loss), index: index + 1, x: x[index], prediction: predictions[index], count: count)
    }

    /// The sum of the first `count` element losses, in O(log n).
    public func runningSum(_ loss: Loss, count: Int) -> Double { trees[position(loss)].prefixSum(count) }

    /// The sum of the element losses in `range` (0-based), in O(log n).
    public func sum(_ loss: Loss, in range: Range<Int>) -> Double { trees[position(loss)].sum(range) }

    /// Sets the prediction at `index` (0-based) and updates each tree along one path.
    public mutating func setPrediction(_ value: Double, at index: Int) {
        predictions[index] = value
        for k in trees.indices {
            trees[k][index] = spec(losses[k]).elementLoss(x: x[index], prediction: value)
        }
    }

    /// Replaces every prediction (as many as there are elements) and rebuilds the trees, in O(n).
    public mutating func setPredictions(_ values: [Double]) {
        precondition(values.count == count, "\(values.count) predictions for \(count) elements")
        predictions = values
        trees = losses.map(tree)
    }

    /// Switches the convention, recomputing the trees of the losses it changes.
    public mutating func setConvention(_ convention: Convention) {
        self.convention = convention
        for k in trees.indices where spec(losses[k]).conventionApplies { trees[k] = tree(losses[k]) }
    }

    /// Switches the reduction; the element losses stay, only the values change.
    public mutating func setReduction(_ reduction: Reduction) {
        self.reduction = reduction
    }

    private func position(_ loss: Loss) -> Int {
        guard let k = losses.firstIndex(of: loss) else { preconditionFailure("\(loss) is not tracked") }
        return k
    }

    private func tree(_ loss: Loss) -> PairwiseSumTree {
        let spec = spec(loss)
        var values = [Double](repeating: 0, count: x.count)
        for i in x.indices { values[i] = spec.elementLoss(x: x[i], prediction: predictions[i]) }
        return PairwiseSumTree(values)
    }
}
