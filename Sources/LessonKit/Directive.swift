import LossKit

/// An interactive part of a lesson, written as a fenced block whose info string names it.
public struct Directive: Sendable, Equatable {
    /// The directives a lesson can hold.
    public enum Kind: Sendable, Equatable {
        /// ```` ```lab ````: a calculator preset that opens in the Lab.
        case lab(LabPreset)
        /// ```` ```chart ````: a loss curve against the prediction.
        case chart(ChartSpec)
        /// ```` ```question ````: a number to compute or a choice to make.
        case question(Question)
        /// ```` ```train ````: a training run that opens on the Train screen.
        case train(TrainPreset)
    }

    public var kind: Kind
    /// The line of the opening fence.
    public var line: Int

    public init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }

    /// The info-string names of the directives.
    public static let names = ["lab", "chart", "question", "train"]
}

/// A calculator preset: what the Lab shows when a student opens it from a lesson.
public struct LabPreset: Sendable, Equatable {
    /// The losses shown side by side.
    public var losses: [Loss]
    public var x: [Double]
    /// The predictions: probabilities x̂, or logits z when `logits` is set.
    public var xhat: [Double]
    public var convention: Convention
    public var reduction: Reduction
    /// Rows and columns when the values form a small image (rows × columns = n).
    public var shape: ImageShape?
    /// One line saying what to look at.
    public var caption: String?
    /// Whether `xhat` holds logits z (x̂ = σ(z)), so the Lab opens in logit mode.
    public var logits: Bool
    /// The learning rate η the Lab's gradient descent starts with; nil for the Lab's own.
    public var learningRate: Double?

    public init(losses: [Loss], x: [Double], xhat: [Double], convention: Convention = .exact,
                reduction: Reduction = .mean, shape: ImageShape? = nil, caption: String? = nil,
                logits: Bool = false, learningRate: Double? = nil) {
        self.losses = losses
        self.x = x
        self.xhat = xhat
        self.convention = convention
        self.reduction = reduction
        self.shape = shape
        self.caption = caption
        self.logits = logits
        self.learningRate = learningRate
    }

    /// The evaluation of each loss of the preset, in the order of `losses`.
    public var evaluations: [Evaluation] {
        losses.map { Evaluation(spec: LossSpec(loss: $0, convention: convention, reduction: reduction, logits: logits), x: x, xhat: xhat) }
    }
}

/// A chart of loss (and, if asked, its gradient) against the prediction x̂ ∈ [0, 1], or the logit z, for one target x.
public struct ChartSpec: Sendable, Equatable {
    public var losses: [Loss]
    /// The target x the curves are drawn for.
    public var target: Double
    /// Where the marker sits, if anywhere.
    public var at: Double?
    public var convention: Convention
    /// Also draw each loss's gradient dL/dx̂.
    public var gradient: Bool
    /// A logarithmic y axis.
    public var logY: Bool
    /// The top of the y axis, if fixed.
    public var yMax: Double?
    /// Draw against the logit z (x̂ = σ(z)), `at` being a logit, and gradients by z.
    public var logits: Bool
    public var caption: String?

    public init(losses: [Loss], target: Double, at: Double? = nil, convention: Convention = .exact,
                gradient: Bool = false, logY: Bool = false, yMax: Double? = nil, logits: Bool = false, caption: String? = nil) {
        self.logits = logits
        self.losses = losses
        self.target = target
        self.at = at
        self.convention = convention
        self.gradient = gradient
        self.logY = logY
        self.yMax = yMax
        self.caption = caption
    }
}
