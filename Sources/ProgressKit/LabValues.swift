/// The Lab's last values, as the learner typed them, with the settings that say how to read them,
/// so the Lab opens where it was left.
///
/// The settings after `reduction` came later: a progress file written before them reads as their
/// defaults (no logits, float64, no image shape, the default normalisation).
public struct LabValues: Sendable, Equatable, Codable {
    /// The originals x, as typed.
    public var x: String
    /// The reconstructions x̂, as typed (logits z when `logits` is set).
    public var xhat: String
    /// The ids of the losses shown, such as ["mse", "bce"].
    public var losses: [String]
    /// The convention's name, such as "exact".
    public var convention: String
    /// The reduction's name, "mean" or "sum".
    public var reduction: String
    /// True when x̂ holds logits z, with x̂ = σ(z); nil (from an older file) for false.
    public var logits: Bool?
    /// The precision's name, such as "float32"; nil (from an older file) for float64.
    public var precision: String?
    /// The image shape as ROWSxCOLUMNS, such as "8x8", when the values are an image.
    public var shape: String?
    /// The divisor given for data files instead of their default normalisation, if any.
    public var scale: Double?

    public init(x: String, xhat: String, losses: [String], convention: String, reduction: String,
                logits: Bool? = nil, precision: String? = nil, shape: String? = nil, scale: Double? = nil) {
        self.x = x
        self.xhat = xhat
        self.losses = losses
        self.convention = convention
        self.reduction = reduction
        self.logits = logits
        self.precision = precision
        self.shape = shape
        self.scale = scale
    }
}
