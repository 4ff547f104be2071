#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import LossKit
import LossLabApp
import TrainingKit

/// `losslab train`: trains the autoencoder headless and prints its losses epoch by epoch.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a small autoencoder (64-16-64 for 8x8 images) and print train and test loss under every loss, epoch by epoch.",
        discussion: """
            The same options and seed print the same numbers on every run. Generated data sets have 2,000 training and \
            500 test images; a folder of .pgm images or a .npy array (N x H x W or N x D; floats, integers ÷ their type's maximum, bools) \
            is split 80/20 with a fixed seed. Epoch 0 is the untrained network.
            Example: losslab train --data shapes --loss bce --epochs 30 --export 0 out && losslab lab --x @out/x.txt --xhat @out/xhat.txt --shape 8x8
            """
    )

    /// The output formats.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, csv, json
    }

    static let epochLimit = 10_000

    @Option(help: ArgumentHelp("\(DataSource.names), a folder of .pgm images, or a .npy file.", valueName: "data"))
    var data = "shapes"

    @Option(help: "The loss to train with: \(Loss.all.map(\.id).joined(separator: ", ")).")
    var loss = "bce"

    @Option(help: "Take the loss of x̂ = σ(z) instead of from the logits z, with this convention for BCE.")
    var convention: Convention?

    @Option(help: "Units in the hidden layer, 1 to \(TrainingSettings.hiddenLimit).")
    var hidden = 16

    @Option(help: "The hidden layer's activation.")
    var activation: Activation = .relu

    @Option(help: "Passes over the training images, 1 to \(Self.epochLimit).")
    var epochs = 30

    @Option(name: .customLong("lr"), parsing: .unconditional,
            help: "The learning rate η, a positive number (default: 0.01 for adam, 2 for sgd).")
    var learningRate: Double?

    @Option(help: "The optimiser (sgd uses momentum 0.9).")
    var optimizer: Optimizer.Kind = .adam

    @Option(help: "Images per minibatch, 1 to \(TrainingSettings.batchLimit).")
    var batch = 32

    @Option(help: "Seeds the initial weights and the shuffles.")
    var seed: UInt64 = 1

    @Option(help: "The output format (csv and json write numbers in full).")
    var format: Format = .text

    @Option(help: "Save the trained model to this file (JSON; see ModelFile in Sources/TrainingKit).")
    var out: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Write test image N's x and its reconstruction x̂ to DIR/x.txt and DIR/xhat.txt, for losslab lab.",
        valueName: "N DIR"))
    var export: [String] = []

    @Flag(help: "Open the Train screen on these settings and watch the network learn (needs a terminal); playing stops after --epochs epochs, and --format, --out and --export do not apply.")
    var watch = false

    func validate() throws {
        guard Loss(id: loss) != nil else {
            throw ValidationError("--loss: unknown loss \"\(loss.replacingControlCharacters())\": choose \(Loss.all.map(\.id).joined(separator: ", "))")
        }
        guard (1...TrainingSettings.hiddenLimit).contains(hidden) else {
            throw ValidationError("--hidden \(hidden): the hidden layer needs 1 to \(TrainingSettings.hiddenLimit) units")
        }
        guard (1...Self.epochLimit).contains(epochs) else {
            throw ValidationError("--epochs \(epochs): give 1 to \(Self.epochLimit) epochs")
        }
        guard (1...TrainingSettings.batchLimit).contains(batch) else {
            throw ValidationError("--batch \(batch): give 1 to \(TrainingSettings.batchLimit) images per minibatch")
        }
        if let learningRate, !(learningRate.isFinite && learningRate > 0) {
            throw ValidationError("--lr \(NumberFormat.full(learningRate)): the learning rate must be a positive finite number")
        }
        // A bare word (no folder or extension in it) that names no generated set and no file is a
        // mistyped name; a path that is missing or unreadable is the data's problem (status 1, in `run`).
        if GeneratedData(rawValue: data) == nil, !data.contains("/"), !data.contains("."), access(data, F_OK) != 0 {
            throw ValidationError("--data: no data set \"\(data.replacingControlCharacters())\"; give \(DataSource.names), "
                + "a folder of .pgm images or a .npy file")
        }
        if !export.isEmpty {
            guard export.count == 2, let n = Int(export[0]), n >= 0 else {
                throw ValidationError("--export takes two values: a test image number N (from 0) and a folder DIR")
            }
        }
    }

    func run() throws {
        let dataSet: DataSet
        do { dataSet = try DataSource.dataSet(data) } catch { throw CommandFailure("--data: \(error)") }
        let exportIndex = export.first.flatMap { Int($0) }
        if let exportIndex, exportIndex >= dataSet.test.count {
            throw ValidationError("--export \(exportIndex): the test set has \(dataSet.test.count) images, numbered 0 to \(dataSet.test.count - 1)")
        }
        if watch {
            var screen = TrainScreen(data: dataSet, generated: GeneratedData(rawValue: data), settings: settings)
            screen.epochsPerPlay = epochs
            try Interactive.open(Interactive.Start(location: StateOptions.location(stateDir: nil, noSave: false), train: screen))
            return
        }
        var trainer = Trainer(settings: settings, train: dataSet.train)
        var report = TrainingReport(format: format, dataSet: dataSet, settings: settings, network: trainer.network)
        let perEpoch = trainer.batchesPerEpoch
        let progress = ProgressBar(total: epochs * perEpoch)
        report.epochs.append(scores(&trainer, dataSet, epoch: 0))
        for epoch in 1...epochs {
            let outcome = trainer.finishEpoch { progress.show(done: (epoch - 1) * perEpoch + $0, label: "epoch \(epoch) of \(epochs)") }
            if outcome == .diverged {
                progress.clear()
                let kept = try save(trainer, dataSet, epochs: epoch - 1)
                throw CommandFailure("training diverged in epoch \(epoch): the network's outputs became infinite or NaN "
                    + "(try a smaller --lr); stopped, keeping the model after epoch \(epoch - 1)"
                    + (kept.map { " (saved to \($0))" } ?? ""))
            }
            report.epochs.append(scores(&trainer, dataSet, epoch: epoch))
        }
        progress.clear()
        _ = try save(trainer, dataSet, epochs: epochs)
        if let exportIndex { try exportImage(exportIndex, of: dataSet, network: trainer.network) }
        print(report.text())
    }

    /// The settings these options describe.
    private var settings: TrainingSettings {
        var settings = TrainingSettings()
        settings.hidden = hidden
        settings.hiddenActivation = activation
        settings.objective = Objective(loss: Loss(id: loss)!, convention: convention ?? .exact, fromLogits: convention == nil)
        settings.optimizer = optimizer
        settings.learningRate = learningRate
        settings.batchSize = batch
        settings.seed = seed
        return settings
    }

    /// Train and test loss under every loss, for the network as it is now.
    private func scores(_ trainer: inout Trainer, _ dataSet: DataSet, epoch: Int) -> TrainingReport.Epoch {
        TrainingReport.Epoch(epoch: epoch, train: trainer.meanLosses(on: dataSet.train, losses: Loss.all),
                             test: trainer.meanLosses(on: dataSet.test, losses: Loss.all))
    }

    /// Writes the model to `--out`, if given, and returns the path.
    private func save(_ trainer: Trainer, _ dataSet: DataSet, epochs: Int) throws -> String? {
        guard let out else { return nil }
        let file = ModelFile(shape: dataSet.train.shape, training: .init(data: dataSet.name, settings: settings, epochs: epochs),
                             network: trainer.network)
        try TextFile.write(file.json(), to: out, option: "--out")
        return out.replacingControlCharacters()
    }

    /// Writes test image `index`'s x and x̂ as text lists, row by row, into the `--export` folder.
    private func exportImage(_ index: Int, of dataSet: DataSet, network: Network) throws {
        let folder = export[1]
        try TextFile.makeFolder(folder, option: "--export")
        let shape = dataSet.test.shape
        let x = Array(dataSet.test.image(index))
        let xhat = network.reconstruction(of: dataSet.test.image(index))
        let about = "test image \(index) of \(dataSet.name) (\(shape), row by row)"
        try TextFile.write(TextFile.rows(x, shape: shape, comment: "x: \(about)"), to: folder + "/x.txt", option: "--export")
        try TextFile.write(TextFile.rows(xhat, shape: shape, comment: "xhat: the network's reconstruction of \(about)"),
                           to: folder + "/xhat.txt", option: "--export")
    }
}

extension Activation: ExpressibleByArgument {}
extension Optimizer.Kind: ExpressibleByArgument {}
