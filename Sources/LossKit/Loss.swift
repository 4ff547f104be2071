/// A reconstruction loss, as a value: ask it for its name, formula, domain, term and gradient.
///
/// Two losses are equal when their ids are. `Loss.all` lists every loss LossLab knows, in the order
/// lists, keys and legends show them.
public struct Loss: Sendable, Hashable, CustomStringConvertible {
    /// What the loss says about itself.
    public let definition: any LossDefinition

    public init(_ definition: any LossDefinition) {
        self.definition = definition
    }

    /// Mean Squared Error.
    public static let mse = Loss(MeanSquaredError())
    /// Binary Cross-Entropy.
    public static let bce = Loss(BinaryCrossEntropy())
    /// Mean Absolute Error (L1).
    public static let mae = Loss(MeanAbsoluteError())

    /// Every loss, in the order they are listed.
    public static let all: [Loss] = [.mse, .bce, .mae]

    /// The two losses the Train screen's race mode trains side by side from the same seed.
    public static let race: [Loss] = [.mse, .bce]

    /// The loss a view shows when none is chosen: the first of `all`.
    public static var initial: Loss { all[0] }

    /// The loss whose id is `id` (any case), if there is one.
    public init?(id: String) {
        guard let loss = Self.all.first(where: { $0.id == id.lowercased() }) else { return nil }
        self = loss
    }

    public static func == (a: Loss, b: Loss) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    public var description: String { id }

    // MARK: - What the definition says

    /// The name in commands, lesson blocks and JSON, such as `mse`.
    public var id: String { definition.id }
    /// The short upper-case name, such as "MSE".
    public var shortName: String { definition.shortName }
    /// The name a reader sees, such as "Mean Squared Error (MSE)".
    public var title: String { definition.title }
    /// A stable position in a palette.
    public var paletteIndex: Int { definition.paletteIndex }
    /// The values x and x̂ may take.
    public var domain: LossDomain { definition.domain }
    /// Whether the conventions change the numbers.
    public var usesConvention: Bool { definition.usesConvention }

    /// The whole formula, L(x, x̂) = …, in the given notation.
    public func formula(_ notation: Notation, reduction: Reduction = .mean) -> String {
        definition.formula(notation, reduction: reduction)
    }

    /// One element's loss in float64.
    public func elementLoss(x: Double, xhat: Double, convention: Convention) -> Double {
        definition.elementLoss(x: x, xhat: xhat, convention: convention)
    }

    /// d/dx̂ of one element's loss in float64, before the reduction divides by n.
    public func elementGradient(x: Double, xhat: Double, convention: Convention) -> Double {
        definition.elementGradient(x: x, xhat: xhat, convention: convention)
    }

    /// One element's loss for a prediction given as a logit z, in float64.
    public func logitElementLoss(x: Double, z: Double) -> Double {
        definition.logitElementLoss(x: x, z: z)
    }

    /// d/dz of one element's loss in float64, before the reduction divides by n.
    public func logitElementGradient(x: Double, z: Double) -> Double {
        definition.logitElementGradient(x: x, z: z)
    }

    /// The losses defined on every real number, for hints such as "use MSE or MAE".
    public static var forAnyNumber: [Loss] { all.filter { $0.domain == .realNumbers } }
}
