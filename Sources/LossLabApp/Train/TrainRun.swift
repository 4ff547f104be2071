import LossKit
import TrainingKit

/// One network learning on the Train screen: its trainer and its train and test loss after every
/// epoch, scored under every loss whichever one it trains with (as `losslab train` prints them).
public struct TrainRun: Sendable {
    /// The mean loss over the training and the test images after one epoch, one value per `Loss.all`.
    public struct Scores: Sendable, Equatable {
        public var epoch: Int
        public var train: [Double]
        public var test: [Double]
    }

    public private(set) var trainer: Trainer
    /// Epoch 0 (the untrained network), then one entry per epoch completed.
    public private(set) var history: [Scores] = []
    /// True once a minibatch diverged: the network went back to the last good epoch and stays there.
    public private(set) var diverged = false
    /// True when an epoch has ended and its scores are not yet in `history`.
    public private(set) var unscored = false

    /// A new network for `settings`, scored before it learns anything.
    public init(settings: TrainingSettings, data: DataSet) {
        trainer = Trainer(settings: settings, train: data.train)
        history = [score(on: data)]
    }

    public var settings: TrainingSettings { trainer.settings }

    /// Learns from one minibatch, marking the run `unscored` when it ends an epoch; does nothing once
    /// diverged or while unscored (score it first: the scores belong to the network as the epoch left it).
    mutating func learn() {
        guard !diverged, !unscored else { return }
        if trainer.step() == .diverged {
            diverged = true
        } else if trainer.batchInEpoch == 0 {
            unscored = true
        }
    }

    /// Scores the network after the epoch that just ended (the slow part of an epoch's last frame).
    mutating func scoreEpoch(data: DataSet) {
        guard unscored else { return }
        history.append(score(on: data))
        unscored = false
    }

    /// The network's reconstruction x̂ of test image `index`.
    func reconstruction(of index: Int, in data: DataSet) -> [Double] {
        trainer.network.reconstruction(of: data.test.image(index))
    }

    private mutating func score(on data: DataSet) -> Scores {
        Scores(epoch: trainer.epoch, train: trainer.meanLosses(on: data.train, losses: Loss.all),
               test: trainer.meanLosses(on: data.test, losses: Loss.all))
    }
}

extension TrainRun: Equatable {
    /// Two runs are equal when they have the same settings, place, parameters and history.
    public static func == (a: TrainRun, b: TrainRun) -> Bool {
        a.settings == b.settings && a.trainer.epoch == b.trainer.epoch && a.trainer.batchInEpoch == b.trainer.batchInEpoch
            && a.trainer.network == b.trainer.network && a.history == b.history && a.diverged == b.diverged
    }
}
