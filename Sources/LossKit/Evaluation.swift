/// A loss computed in full: every element's term, the sum and the final value.
///
/// The terms are computed when asked for, one at a time, from the vectors (which are shared, not
/// copied), so an evaluation of 10⁷ elements costs no more memory than its input and can be written
/// out as a stream (`writeJSON`).
public struct Evaluation: Sendable, Equatable {
    public let spec: LossSpec
    /// One term per element, in order.
    public let terms: Terms
    /// The sum of the element losses, added pairwise.
    public let sum: Double

    /// Computes `spec` for already validated, equally long, non-empty vectors (see `LossInput`);
    /// `xhat` holds the predictions as the spec takes them: probabilities, or logits when `spec.logits`.
    public init(spec: LossSpec, x: [Double], xhat: [Double]) {
        precondition(x.count == xhat.count && !x.isEmpty, "Evaluation needs validated input")
        self.spec = spec
        terms = Terms(spec: spec, x: x, predictions: xhat)
        var sum = PairwiseSum()
        for i in x.indices { sum.add(spec.elementLoss(x: x[i], prediction: xhat[i])) }
        self.sum = sum.total
    }

    /// Computes `spec` for a validated input.
    public init(spec: LossSpec, input: LossInput) {
        self.init(spec: spec, x: input.x, xhat: input.xhat)
    }

    /// The number of elements.
    public var n: Int { terms.count }

    /// The loss: the sum divided by n for `mean`, the sum itself for `sum`.
    public var value: Double { spec.value(sum: sum, count: n) }

    /// The element terms of an evaluation, each computed when read.
    public struct Terms: RandomAccessCollection, Sendable, Equatable {
        let spec: LossSpec
        let x: [Double]
        let predictions: [Double]

        public var startIndex: Int { 0 }
        public var endIndex: Int { x.count }

        /// The term of element `i` (0-based; its `index` counts from 1).
        public subscript(i: Int) -> ElementTerm {
            ElementTerm(spec: spec, index: i + 1, x: x[i], prediction: predictions[i], count: x.count)
        }
    }
}
