/// The Lab's last values, as the learner typed them, so the Lab opens where it was left.
public struct LabValues: Sendable, Equatable, Codable {
    /// The originals x, as typed.
    public var x: String
    /// The reconstructions x̂, as typed.
    public var xhat: String
    /// The ids of the losses shown, such as ["mse", "bce"].
    public var losses: [String]
    /// The convention's name, such as "exact".
    public var convention: String
    /// The reduction's name, "mean" or "sum".
    public var reduction: String

    public init(x: String, xhat: String, losses: [String], convention: String, reduction: String) {
        self.x = x
        self.xhat = xhat
        self.losses = losses
        self.convention = convention
        self.reduction = reduction
    }
}
