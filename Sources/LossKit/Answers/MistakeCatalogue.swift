/// The known wrong paths to one numeric answer, computed on the question's own data, so that a wrong
/// answer can be named with the student's own numbers ("0.08 is Σᵢ (xᵢ − x̂ᵢ)², the sum …").
///
/// The paths are computed once, in the order they are tried: the reduction's slips first, then the
/// sign, exchanged inputs, other losses, the loss's own misreadings, conventions and rounding.
public struct MistakeCatalogue: Sendable {
    /// Which number of the computation is asked for.
    public enum Quantity: Sendable, Equatable {
        /// The loss under the reduction.
        case loss
        /// One element's term (1-based).
        case term(element: Int)
        /// ∂L/∂x̂ᵢ (∂L/∂zᵢ from logits) of the whole loss, for a 1-based element.
        case gradient(element: Int)
    }

    /// One wrong path: the mistake, the value it leads to, and what to say about it.
    public struct Path: Sendable, Equatable {
        public var mistake: MistakeKind
        public var value: Double
        /// What a number on this path is, such as "Σᵢ (xᵢ − x̂ᵢ)², the sum of the 3 terms".
        public var says: String
        /// What to do instead, such as "the mean divides it by n = 3".
        public var fix: String
    }

    public let spec: LossSpec
    public let x: [Double]
    /// The predictions as the spec takes them: x̂, or logits when `spec.logits`.
    public let prediction: [Double]
    public let quantity: Quantity
    public let notation: Notation
    /// The right value.
    public let right: Double
    /// Every wrong path with a finite value, in the order they are tried.
    public let paths: [Path]

    /// The catalogue for validated, equally long, non-empty vectors and an element within them.
    public init(spec: LossSpec, x: [Double], prediction: [Double], quantity: Quantity, notation: Notation = .unicode) {
        self.spec = spec
        self.x = x
        self.prediction = prediction
        self.quantity = quantity
        self.notation = notation
        self.right = Self.value(quantity, spec: spec, x: x, prediction: prediction)
        var builder = PathBuilder(spec: spec, x: x, prediction: prediction, quantity: quantity, notation: notation)
        builder.build(right: right)
        self.paths = builder.paths
    }

    /// The quantity computed under `spec` for the given data.
    static func value(_ quantity: Quantity, spec: LossSpec, x: [Double], prediction: [Double]) -> Double {
        switch quantity {
        case .loss: Evaluation(spec: spec, x: x, xhat: prediction).value
        case let .term(i): spec.elementLoss(x: x[i - 1], prediction: prediction[i - 1])
        case let .gradient(i): spec.gradient(x: x[i - 1], prediction: prediction[i - 1], count: x.count)
        }
    }
}
