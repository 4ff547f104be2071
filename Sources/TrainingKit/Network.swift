import LossKit
/// A stack of dense layers and all their weights and biases in one contiguous buffer.
///
/// The buffer holds each layer's W (row by row) and then its b, layer after layer; optimisers
/// update it in one loop. A network is a value: copying it keeps a snapshot.
public struct Network: Sendable, Hashable, Codable {
    public let layers: [DenseLayer]
    public internal(set) var parameters: [Double]

    /// A network with the given widths (inputs first) and one activation per layer, initialised by
    /// Glorot's uniform rule from `random`: each weight, layer by layer and in storage order, is
    /// (2u − 1)·√(6 / (inputs + outputs)) with u = `random.unit()`; every bias is 0.
    public init(widths: [Int], activations: [Activation], random: inout SplitMix64) {
        precondition(widths.count == activations.count + 1 && widths.allSatisfy { $0 > 0 }, "one activation per layer")
        var layers: [DenseLayer] = []
        var offset = 0
        for (k, activation) in activations.enumerated() {
            let layer = DenseLayer(inputs: widths[k], outputs: widths[k + 1], activation: activation, offset: offset)
            layers.append(layer)
            offset += layer.parameterCount
        }
        var parameters = [Double](repeating: 0, count: offset)
        for layer in layers {
            let limit = (6 / Double(layer.inputs + layer.outputs)).squareRoot()
            for k in layer.offset..<layer.biasOffset { parameters[k] = (2 * random.unit() - 1) * limit }
        }
        self.init(layers: layers, parameters: parameters)
    }

    /// A network from its layers and parameters, as a model file stores them; nil unless they fit
    /// together (each layer's inputs are the previous one's outputs, offsets follow on, every
    /// parameter is finite).
    public init?(validating layers: [DenseLayer], parameters: [Double]) {
        var offset = 0
        for (k, layer) in layers.enumerated() {
            guard layer.offset == offset, layer.inputs > 0, layer.outputs > 0,
                  k == 0 || layer.inputs == layers[k - 1].outputs else { return nil }
            offset += layer.parameterCount
        }
        guard !layers.isEmpty, offset == parameters.count, parameters.allSatisfy(\.isFinite) else { return nil }
        self.init(layers: layers, parameters: parameters)
    }

    private init(layers: [DenseLayer], parameters: [Double]) {
        self.layers = layers
        self.parameters = parameters
    }

    private enum CodingKeys: String, CodingKey {
        case layers, parameters
    }

    /// Reads a network and refuses one whose layers and parameters do not fit together.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let layers = try container.decode([DenseLayer].self, forKey: .layers)
        let parameters = try container.decode([Double].self, forKey: .parameters)
        guard let network = Network(validating: layers, parameters: parameters) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "the layers and parameters do not fit together"))
        }
        self = network
    }

    /// The number of values each input has.
    public var inputs: Int { layers[0].inputs }
    /// The number of values each output has.
    public var outputs: Int { layers[layers.count - 1].outputs }
    /// The widths from the input to the output, such as [64, 16, 64].
    public var widths: [Int] { [inputs] + layers.map(\.outputs) }
    /// The output layer's activation.
    public var outputActivation: Activation { layers[layers.count - 1].activation }

    /// The widths joined with dashes, such as `64-16-64`.
    public var shapeDescription: String { widths.map(String.init).joined(separator: "-") }
}
