import LossKit

/// Everything that decides a training run: the network, the objective, the optimiser, the minibatch
/// size and the seed. The same settings on the same data give the same numbers, bit for bit.
public struct TrainingSettings: Sendable, Hashable {
    /// Units in the hidden layer (the code): 1 to `hiddenLimit`.
    public var hidden = 16
    public var hiddenActivation: Activation = .relu
    public var outputActivation: Activation = .sigmoid
    public var objective = Objective(loss: .bce)
    public var optimizer: Optimizer.Kind = .adam
    /// The step size η; the optimiser's default when nil.
    public var learningRate: Double?
    /// Images per minibatch: 1 to `batchLimit`; the last minibatch of an epoch may be smaller.
    public var batchSize = 32
    /// Seeds the one generator that draws the initial weights and then every epoch's shuffle.
    public var seed: UInt64 = 1

    /// The largest hidden layer allowed.
    public static let hiddenLimit = 1024
    /// The largest minibatch allowed.
    public static let batchLimit = 65_536

    public init() {}

    /// The learning rate used: the one given or the optimiser's default.
    public var effectiveLearningRate: Double { learningRate ?? optimizer.defaultLearningRate }
}
