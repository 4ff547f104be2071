#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LossKit
import TrainingKit

/// What `losslab train` prints: its settings and each epoch's train and test loss under every loss,
/// as text, CSV or JSON.
struct TrainingReport {
    /// One epoch's mean losses, in the order of `Loss.all`.
    struct Epoch {
        var epoch: Int
        var train: [Double]
        var test: [Double]
    }

    var format: TrainCommand.Format
    var dataSet: DataSet
    var settings: TrainingSettings
    var network: Network
    var epochs: [Epoch] = []

    private var losses: [Loss] { Loss.all }

    /// The whole report, without a final new line.
    func text() -> String {
        switch format {
        case .text: return plainText()
        case .csv: return csv()
        case .json: return json()
        }
    }

    /// How the objective was taken, such as "BCE from the logits" or "BCE of x̂ = σ(z), Keras convention".
    private var objectiveDescription: String {
        let o = settings.objective
        guard !o.fromLogits else { return "\(o.loss.shortName) from the logits" }
        return "\(o.loss.shortName) of x̂ = σ(z)" + (o.loss.usesConvention ? ", \(o.convention.title) convention" : "")
    }

    private func plainText() -> String {
        let s = settings
        var lines = [
            "\(dataSet.name): \(dataSet.train.count) training and \(dataSet.test.count) test images of \(dataSet.train.shape)",
            "network \(network.shapeDescription) (\(s.hiddenActivation.rawValue) hidden, \(s.outputActivation.rawValue) output), "
                + "trained on \(objectiveDescription); \(s.optimizer.rawValue), η = \(NumberFormat.full(s.effectiveLearningRate)), "
                + "batch \(s.batchSize), seed \(s.seed)",
            "",
        ]
        let columns = losses.map { "train \($0.shortName)" } + losses.map { "test \($0.shortName)" }
        lines.append(pad("epoch", 5) + columns.map { pad($0, 11) }.joined())
        for e in epochs {
            lines.append(pad(String(e.epoch), 5) + (e.train + e.test).map { pad(NumberFormat.readable($0, digits: 6), 11) }.joined())
        }
        return lines.joined(separator: "\n")
    }

    private func csv() -> String {
        let header = ["epoch"] + losses.map { "train_\($0.id)" } + losses.map { "test_\($0.id)" }
        let rows = epochs.map { e in ([String(e.epoch)] + (e.train + e.test).map(NumberFormat.full)).joined(separator: ",") }
        return ([header.joined(separator: ",")] + rows).joined(separator: "\n")
    }

    /// The report as JSON: settings, then `epochs` with `train` and `test` objects keyed by loss id.
    private struct Document: Encodable {
        struct Row: Encodable {
            var epoch: Int
            var train: [String: Double]
            var test: [String: Double]
        }
        var data: String
        var trainImages: Int
        var testImages: Int
        var shape: String
        var network: String
        var hiddenActivation: String
        var loss: String
        var convention: String?
        var optimizer: String
        var learningRate: Double
        var batch: Int
        var seed: UInt64
        var epochs: [Row]
    }

    private func json() -> String {
        let s = settings
        let ids = losses.map(\.id)
        let document = Document(
            data: dataSet.name, trainImages: dataSet.train.count, testImages: dataSet.test.count,
            shape: dataSet.train.shape.description, network: network.shapeDescription,
            hiddenActivation: s.hiddenActivation.rawValue, loss: s.objective.loss.id,
            convention: s.objective.fromLogits ? nil : s.objective.convention.rawValue, optimizer: s.optimizer.rawValue,
            learningRate: s.effectiveLearningRate, batch: s.batchSize, seed: s.seed,
            epochs: epochs.map { .init(epoch: $0.epoch, train: Dictionary(uniqueKeysWithValues: zip(ids, $0.train)),
                                       test: Dictionary(uniqueKeysWithValues: zip(ids, $0.test))) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try! encoder.encode(document), as: UTF8.self)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }
}
