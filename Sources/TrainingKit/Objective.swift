import LossKit

/// What training minimises: a LossKit loss, the BCE convention, and whether the loss is taken from
/// the output logits.
///
/// From logits (the default, when the output is a Sigmoid) the loss uses its logit form — for BCE
/// the stable max(z, 0) − z·x + log(1 + e^−|z|), whose gradient σ(z) − x never vanishes; otherwise
/// it is taken of the outputs x̂ under the convention and differentiated back through the activation.
public struct Objective: Sendable, Hashable {
    public var loss: Loss
    public var convention: Convention
    public var fromLogits: Bool

    public init(loss: Loss, convention: Convention = .exact, fromLogits: Bool = true) {
        self.loss = loss
        self.convention = convention
        self.fromLogits = fromLogits
    }

    /// The spec that scores `loss` on a network with this output activation: from the logits when
    /// they are asked for and the output is a Sigmoid.
    func spec(_ loss: Loss, output: Activation, reduction: Reduction = .mean) -> LossSpec {
        LossSpec(loss: loss, convention: convention, reduction: reduction, logits: fromLogits && output == .sigmoid)
    }
}
