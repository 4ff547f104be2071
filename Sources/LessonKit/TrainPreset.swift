import LossKit
import TrainingKit

/// A training run a lesson opens on the Train screen: the data, the loss (or a race), the network and the optimizer.
public struct TrainPreset: Sendable, Equatable {
    public var data: GeneratedData
    /// The loss trained with (ignored in a race, which trains one network per loss of `Loss.race`).
    public var loss: Loss
    /// Whether two networks race, one per loss of `Loss.race`.
    public var race: Bool
    public var hidden: Int
    public var optimizer: Optimizer.Kind
    /// The learning rate; the optimizer's default when nil.
    public var learningRate: Double?
    /// One line saying what to watch.
    public var caption: String?

    public init(data: GeneratedData = .shapes, loss: Loss = TrainingSettings().objective.loss, race: Bool = false,
                hidden: Int = TrainingSettings().hidden, optimizer: Optimizer.Kind = TrainingSettings().optimizer,
                learningRate: Double? = nil, caption: String? = nil) {
        self.data = data
        self.loss = loss
        self.race = race
        self.hidden = hidden
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.caption = caption
    }

    /// The training settings of the run: the defaults with the preset's choices.
    public var settings: TrainingSettings {
        var settings = TrainingSettings()
        settings.objective.loss = loss
        settings.hidden = hidden
        settings.optimizer = optimizer
        settings.learningRate = learningRate
        return settings
    }
}
