import LossKit
import TrainingKit

/// One network learning on the Train screen: its trainer and its train and test loss after every
/// epoch, scored under every loss whichever one it trains with (as `losslab train` prints them).
///
/// The work comes in short slices (`advance`): one minibatch, or, once an epoch has ended, the next
/// `imagesScoredPerSlice` images of its scoring, so the screen can train between frames.
public struct TrainRun: Sendable {
    /// The mean loss over the training and the test images after one epoch, one value per `Loss.all`.
    public struct Scores: Sendable, Equatable {
        public var epoch: Int
        public var train: [Double]
        public var test: [Double]
    }

    /// The scoring of the epoch that just ended, part done.
    struct Scoring: Sendable, Equatable {
        var train: LossTally
        var test: LossTally
    }

    /// The images one slice of scoring adds up (about the work of one minibatch of 32 learnt).
    static let imagesScoredPerSlice = 128

    public private(set) var trainer: Trainer
    /// Epoch 0 (the untrained network), then one entry per epoch completed.
    public private(set) var history: [Scores] = []
    /// True once a minibatch diverged: the network went back to the last good epoch and stays there.
    public private(set) var diverged = false
    /// The scoring under way, from the end of an epoch until its scores are in `history`.
    private(set) var scoring: Scoring?

    /// A new network for `settings`, scored before it learns anything.
    public init(settings: TrainingSettings, data: DataSet) {
        trainer = Trainer(settings: settings, train: data.train)
        startScoring(data)
        finishScoring(data)
    }

    public var settings: TrainingSettings { trainer.settings }

    /// True when an epoch has ended and its scores are not yet in `history`.
    public var unscored: Bool { scoring != nil }

    /// Slices of work in one epoch: its minibatches and the slices that score it.
    public func slicesPerEpoch(_ data: DataSet) -> Int {
        let slices = { (count: Int) in (count + Self.imagesScoredPerSlice - 1) / Self.imagesScoredPerSlice }
        return trainer.batchesPerEpoch + slices(data.train.count) + slices(data.test.count)
    }

    /// Does one slice of work: scores the next images while an epoch's scoring is under way, else
    /// learns from one minibatch. Does nothing once diverged.
    mutating func advance(_ data: DataSet) {
        guard !diverged else { return }
        guard var scoring else { return learn(data) }
        self.scoring = nil
        if !scoring.train.isComplete {
            trainer.add(images: Self.imagesScoredPerSlice, of: data.train, to: &scoring.train)
        } else {
            trainer.add(images: Self.imagesScoredPerSlice, of: data.test, to: &scoring.test)
        }
        if scoring.test.isComplete {
            let d = data.train.shape.count
            history.append(Scores(epoch: trainer.epoch, train: scoring.train.means(valuesPerImage: d),
                                  test: scoring.test.means(valuesPerImage: d)))
        } else {
            self.scoring = scoring
        }
    }

    /// Learns from exactly one minibatch, finishing the scoring under way first and scoring at once
    /// the epoch the minibatch ends.
    mutating func learnOne(_ data: DataSet) {
        finishScoring(data)
        learn(data)
        finishScoring(data)
    }

    /// Learns from one minibatch; when it ends an epoch, the epoch's scoring begins.
    private mutating func learn(_ data: DataSet) {
        guard !diverged, scoring == nil else { return }
        if trainer.step() == .diverged {
            diverged = true
        } else if trainer.batchInEpoch == 0 {
            startScoring(data)
        }
    }

    private mutating func startScoring(_ data: DataSet) {
        scoring = Scoring(train: LossTally(losses: Loss.all, imageCount: data.train.count),
                          test: LossTally(losses: Loss.all, imageCount: data.test.count))
    }

    private mutating func finishScoring(_ data: DataSet) {
        while scoring != nil && !diverged { advance(data) }
    }

    /// The network's reconstruction x̂ of test image `index`.
    func reconstruction(of index: Int, in data: DataSet) -> [Double] {
        trainer.network.reconstruction(of: data.test.image(index))
    }
}

extension TrainRun: Equatable {
    /// Two runs are equal when they have the same settings, place, parameters, history and scoring.
    public static func == (a: TrainRun, b: TrainRun) -> Bool {
        a.settings == b.settings && a.trainer.epoch == b.trainer.epoch && a.trainer.batchInEpoch == b.trainer.batchInEpoch
            && a.trainer.network == b.trainer.network && a.history == b.history && a.diverged == b.diverged
            && a.scoring == b.scoring
    }
}
