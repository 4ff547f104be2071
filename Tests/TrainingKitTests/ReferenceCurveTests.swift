import LossKit
import Testing
@testable import TrainingKit

/// One run of the NumPy reference: its settings and the curve it printed.
struct ReferenceCurve: Sendable {
    enum Data: Sendable { case binary, grey }
    var name: String
    var data: Data
    var count: Int
    var hidden: Activation
    var loss: Loss
    var fromLogits: Bool
    var optimizer: Optimizer.Kind
    var learningRate: Double
    var batch: Int
    var seed: UInt64
    var epochs: [(Double, Double, Double)]

    /// The images make_reference.py draws: SplitMix64(99), unit() < 0.3 for binary, unit() for grey.
    var images: ImageSet {
        var random = SplitMix64(seed: 99)
        let values = (0..<(count * 64)).map { _ in
            let u = random.unit()
            return data == .binary ? (u < 0.3 ? 1.0 : 0.0) : u
        }
        return ImageSet(shape: ImageShape(rows: 8, columns: 8), values: values)
    }

    var settings: TrainingSettings {
        var settings = TrainingSettings()
        settings.hiddenActivation = hidden
        settings.objective = Objective(loss: loss, convention: .keras, fromLogits: fromLogits)
        settings.optimizer = optimizer
        settings.learningRate = learningRate
        settings.batchSize = batch
        settings.seed = seed
        return settings
    }
}

@Suite("TrainingKit against the NumPy reference")
struct ReferenceCurveTests {
    @Test("The same network, data, seed and update give NumPy's loss curve to 1e-9 relative over 10 epochs",
          arguments: referenceCurves.map(\.name))
    func curve(_ name: String) {
        let reference = referenceCurves.first { $0.name == name }!
        let images = reference.images
        var trainer = Trainer(settings: reference.settings, train: images)
        for (epoch, expected) in reference.epochs.enumerated() {
            guard case .learnt = trainer.finishEpoch() else {
                Issue.record("epoch \(epoch + 1) diverged")
                return
            }
            let losses = trainer.meanLosses(on: images, losses: [.mse, .bce, .mae])
            for (value, wanted) in zip(losses, [expected.0, expected.1, expected.2]) {
                #expect(abs(value - wanted) <= 1e-9 * abs(wanted), "\(name) epoch \(epoch + 1): \(value) vs \(wanted)")
            }
        }
    }
}
