import LossKit

/// Trains an autoencoder on a set of images, one minibatch at a time, keeping the last good state.
///
/// Every epoch visits each training image once, in an order shuffled by Fisher–Yates from the
/// identity with the run's generator; minibatches take that order in runs of `batchSize`. The loss
/// is the objective's mean over every value of the minibatch, each image its own target.
public struct Trainer: Sendable {
    /// What happened in one step.
    public enum StepOutcome: Sendable, Hashable {
        /// A minibatch was learnt.
        case learnt
        /// The network's outputs or parameters became infinite or NaN: the network and optimiser
        /// went back to where they were at the start of the epoch.
        case diverged
    }

    public let settings: TrainingSettings
    public let train: ImageSet
    public private(set) var network: Network
    /// Epochs completed.
    public private(set) var epoch = 0
    /// Minibatches done in the current epoch.
    public private(set) var batchInEpoch = 0

    private var optimizer: Optimizer
    private var random: SplitMix64
    private var order: [Int] = []
    private var workspace: Workspace
    private var gradient: [Double]
    /// The network and optimiser at the start of the current epoch.
    private var lastGood: (network: Network, optimizer: Optimizer)

    /// A new network of `train`'s image size, `settings.hidden` hidden units, initialised from the seed.
    public init(settings: TrainingSettings, train: ImageSet) {
        precondition(train.count > 0 && settings.batchSize > 0 && settings.hidden > 0, "training needs images, a batch and a code")
        self.settings = settings
        self.train = train
        var random = SplitMix64(seed: settings.seed)
        let d = train.shape.count
        network = Network(widths: [d, settings.hidden, d], activations: [settings.hiddenActivation, settings.outputActivation],
                          random: &random)
        self.random = random
        optimizer = Optimizer(kind: settings.optimizer, learningRate: settings.effectiveLearningRate,
                              parameterCount: network.parameters.count)
        workspace = Workspace(network: network, capacity: min(settings.batchSize, train.count))
        gradient = [Double](repeating: 0, count: network.parameters.count)
        lastGood = (network, optimizer)
    }

    /// Minibatches in one epoch.
    public var batchesPerEpoch: Int { (train.count + batchSize - 1) / batchSize }

    private var batchSize: Int { workspace.capacity }

    /// Learns from the next minibatch, shuffling first when an epoch begins.
    public mutating func step() -> StepOutcome {
        if batchInEpoch == 0 {
            order = Array(0..<train.count)
            random.shuffle(&order)
        }
        let start = batchInEpoch * batchSize
        let rows = min(batchSize, train.count - start)
        guard learn(rows: order[start..<(start + rows)]) else { return diverge() }
        optimizer.update(&network.parameters, gradient: gradient)
        batchInEpoch += 1
        if batchInEpoch == batchesPerEpoch {
            guard network.parameters.allSatisfy(\.isFinite) else { return diverge() }
            batchInEpoch = 0
            epoch += 1
            lastGood = (network, optimizer)
        }
        return .learnt
    }

    /// Steps to the end of the current epoch, calling `progress` with the minibatches done; stops at
    /// the first divergence and returns its outcome.
    public mutating func finishEpoch(progress: (Int) -> Void = { _ in }) -> StepOutcome {
        while true {
            let outcome = step()
            if outcome == .diverged { return outcome }
            if batchInEpoch == 0 { return outcome }
            progress(batchInEpoch)
        }
    }

    /// The mean of each loss over `set`, for the network as it is now.
    public mutating func meanLosses(on set: ImageSet, losses: [Loss]) -> [Double] {
        network.meanLosses(on: set, losses: losses, objective: settings.objective, workspace: &workspace)
    }

    /// Adds the next `limit` images of `set` to `tally`, scoring the network as it is now (see
    /// `Network.add(images:of:to:objective:workspace:)`).
    public mutating func add(images limit: Int, of set: ImageSet, to tally: inout LossTally) {
        network.add(images: limit, of: set, to: &tally, objective: settings.objective, workspace: &workspace)
    }

    /// The gradient of one minibatch, gathered from `indices`, left in `gradient`; false when the
    /// network's outputs are no longer finite.
    private mutating func learn(rows indices: ArraySlice<Int>) -> Bool {
        Self.learn(network, train: train, rows: indices, objective: settings.objective, layout: workspace.layout,
                   memory: &workspace.storage, gradient: &gradient)
    }

    private static func learn(_ network: Network, train: ImageSet, rows indices: ArraySlice<Int>, objective: Objective,
                              layout: Workspace.Layout, memory: inout [Double], gradient: inout [Double]) -> Bool {
        let d = train.shape.count
        return train.values.withUnsafeBufferPointer { xb in
            memory.withUnsafeMutableBufferPointer { mb in
                gradient.withUnsafeMutableBufferPointer { gb in
                    let m = mb.baseAddress!
                    let batch = m + layout.batchOffset
                    for (r, index) in indices.enumerated() {
                        (batch + r * d).update(from: xb.baseAddress! + index * d, count: d)
                    }
                    gb.update(repeating: 0)
                    return network.backpropagate(batch, rows: indices.count, objective: objective, memory: m,
                                                 workspace: layout, gradient: gb.baseAddress!)
                }
            }
        }
    }

    private mutating func diverge() -> StepOutcome {
        (network, optimizer) = lastGood
        batchInEpoch = 0
        return .diverged
    }
}
