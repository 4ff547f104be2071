/// A loss computed in full: every element's term, the sum and the final value.
public struct Evaluation: Sendable, Equatable {
    public let spec: LossSpec
    /// One term per element, in order.
    public let terms: [ElementTerm]
    /// The sum of the element losses, added pairwise.
    public let sum: Double

    /// Computes `spec` for already validated, equally long, non-empty vectors (see `LossInput`);
    /// `xhat` holds the predictions as the spec takes them: probabilities, or logits when `spec.logits`.
    public init(spec: LossSpec, x: [Double], xhat: [Double]) {
        precondition(x.count == xhat.count && !x.isEmpty, "Evaluation needs validated input")
        self.spec = spec
        var terms: [ElementTerm] = []
        terms.reserveCapacity(x.count)
        for i in x.indices {
            terms.append(ElementTerm(spec: spec, index: i + 1, x: x[i], prediction: xhat[i], count: x.count))
        }
        self.terms = terms
        self.sum = PairwiseSumTree(terms.map(\.loss)).total
    }

    /// Computes `spec` for a validated input.
    public init(spec: LossSpec, input: LossInput) {
        self.init(spec: spec, x: input.x, xhat: input.xhat)
    }

    /// The number of elements.
    public var n: Int { terms.count }

    /// The loss: the sum divided by n for `mean`, the sum itself for `sum`.
    public var value: Double { spec.value(sum: sum, count: n) }
}
