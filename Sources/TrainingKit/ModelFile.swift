#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LossKit

/// A trained autoencoder saved as JSON, with how it was trained; `losslab train --out` writes it.
///
/// The format (version 1) is one object:
/// `{"format": "losslab-autoencoder", "version": 1, "rows": 8, "columns": 8, "training": {…},
/// "network": {"layers": [{"inputs": 64, "outputs": 16, "activation": "sigmoid", "offset": 0}, …],
/// "parameters": […]}}`. `parameters` lists every layer's weights W (inputs × outputs, row by row:
/// row i holds the weights leaving input i) and then its biases, layer after layer, from `offset`;
/// numbers are written in full, so a model reads back bit for bit. `training` records the data
/// set, loss, convention (null when trained from logits), optimiser, learning rate, minibatch
/// size, seed and epochs.
public struct ModelFile: Sendable, Hashable, Codable {
    /// How the network was trained, for a reader of the file.
    public struct Training: Sendable, Hashable, Codable {
        public var data: String
        public var loss: String
        public var convention: String?
        public var optimizer: String
        public var learningRate: Double
        public var batch: Int
        public var seed: UInt64
        public var epochs: Int

        public init(data: String, settings: TrainingSettings, epochs: Int) {
            self.data = data
            loss = settings.objective.loss.id
            convention = settings.objective.fromLogits ? nil : settings.objective.convention.rawValue
            optimizer = settings.optimizer.rawValue
            learningRate = settings.effectiveLearningRate
            batch = settings.batchSize
            seed = settings.seed
            self.epochs = epochs
        }
    }

    public static let formatName = "losslab-autoencoder"
    public static let currentVersion = 1

    public var format = Self.formatName
    public var version = Self.currentVersion
    public var rows: Int
    public var columns: Int
    public var training: Training
    public var network: Network

    public init(shape: ImageShape, training: Training, network: Network) {
        rows = shape.rows
        columns = shape.columns
        self.training = training
        self.network = network
    }

    /// The file's text: one line of JSON with sorted keys, and a new line.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain numbers, strings and arrays cannot fail.
        return String(decoding: try! encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a model file's text, refusing another format, a later version, or a network that does
    /// not fit its image size.
    public init(json bytes: [UInt8]) throws(DataSetError) {
        let file: ModelFile
        do { file = try JSONDecoder().decode(ModelFile.self, from: Data(bytes)) } catch {
            throw DataSetError("not a LossLab model file (\(error))")
        }
        guard file.format == Self.formatName, file.version == Self.currentVersion else {
            throw DataSetError("not a LossLab model file of version \(Self.currentVersion) (format \(file.format), version \(file.version))")
        }
        guard file.rows > 0, file.columns > 0, file.rows * file.columns == file.network.inputs,
              file.network.inputs == file.network.outputs else {
            throw DataSetError("the network's \(file.network.inputs) inputs do not fit \(file.rows)x\(file.columns) images")
        }
        self = file
    }
}
