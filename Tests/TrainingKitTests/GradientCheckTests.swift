import LossKit
import Testing
@testable import TrainingKit

/// Backpropagation against central finite differences, for every activation, loss and convention.
@Suite("Gradient checks")
struct GradientCheckTests {
    /// A network, an objective and a minibatch whose gradient is checked.
    struct Case: CustomStringConvertible, Sendable {
        var activations: [Activation]
        var objective: Objective
        var binary: Bool

        var description: String {
            "\(activations.map(\.rawValue).joined(separator: "→")) \(objective.loss.id)"
                + (objective.fromLogits ? " from logits" : " \(objective.convention.rawValue)") + (binary ? " binary" : " grey")
        }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for hidden in Activation.allCases {
            for loss in Loss.all {
                cases.append(Case(activations: [hidden, .sigmoid], objective: Objective(loss: loss), binary: true))
                for convention in loss.usesConvention ? Convention.allCases : [.exact] {
                    cases.append(Case(activations: [hidden, .sigmoid],
                                      objective: Objective(loss: loss, convention: convention, fromLogits: false), binary: false))
                }
            }
        }
        // Outputs that are not a Sigmoid, and a deeper stack, under the losses defined on any number.
        for output in [Activation.linear, .tanh, .relu] {
            cases.append(Case(activations: [.tanh, output], objective: Objective(loss: .mse, fromLogits: false), binary: false))
            cases.append(Case(activations: [.sigmoid, output], objective: Objective(loss: .mae, fromLogits: false), binary: false))
        }
        cases.append(Case(activations: [.relu, .tanh, .sigmoid], objective: Objective(loss: .bce), binary: true))
        return cases
    }()

    /// The gradient backpropagation finds for the minibatch `x`.
    static func backpropagated(_ network: Network, _ x: [Double], rows: Int, _ objective: Objective) -> [Double] {
        var workspace = Workspace(network: network, capacity: rows)
        var gradient = [Double](repeating: 0, count: network.parameters.count)
        let layout = workspace.layout
        let finite = x.withUnsafeBufferPointer { xb in
            workspace.storage.withUnsafeMutableBufferPointer { mb in
                gradient.withUnsafeMutableBufferPointer { gb in
                    network.backpropagate(xb.baseAddress!, rows: rows, objective: objective, memory: mb.baseAddress!,
                                          workspace: layout, gradient: gb.baseAddress!)
                }
            }
        }
        #expect(finite)
        return gradient
    }

    /// The objective's mean loss over the minibatch, as the network scores a set of images.
    static func loss(_ network: Network, _ x: [Double], _ objective: Objective) -> Double {
        var workspace = Workspace(network: network, capacity: 2)
        let images = ImageSet(shape: ImageShape(rows: 1, columns: network.inputs), values: x)
        return network.meanLosses(on: images, losses: [objective.loss], objective: objective, workspace: &workspace)[0]
    }

    @Test("Each layer's weights and biases: ‖analytic − numeric‖ / ‖numeric‖ ≤ 1e-6", arguments: cases)
    func check(_ c: Case) {
        var random = SplitMix64(seed: 5)
        let widths = c.activations.count == 2 ? [6, 4, 6] : [6, 5, 4, 6]
        var network = Network(widths: widths, activations: c.activations, random: &random)
        // Biases off 0, so no ReLU sum sits exactly on its corner (an input of zeros would put it there).
        for layer in network.layers {
            for k in layer.biasOffset..<(layer.offset + layer.parameterCount) { network.parameters[k] = 0.2 * random.unit() - 0.1 }
        }
        let rows = 5
        let x = (0..<(rows * 6)).map { _ in c.binary ? (random.chance(0.4) ? 1.0 : 0.0) : 0.05 + 0.9 * random.unit() }
        let analytic = Self.backpropagated(network, x, rows: rows, c.objective)
        var numeric = analytic
        let h = 1e-5
        for k in network.parameters.indices {
            var plus = network, minus = network
            plus.parameters[k] += h
            minus.parameters[k] -= h
            numeric[k] = (Self.loss(plus, x, c.objective) - Self.loss(minus, x, c.objective)) / (2 * h)
        }
        for layer in network.layers {
            for block in [layer.offset..<layer.biasOffset, layer.biasOffset..<(layer.offset + layer.parameterCount)] {
                let difference = block.map { (analytic[$0] - numeric[$0]) * (analytic[$0] - numeric[$0]) }.reduce(0, +).squareRoot()
                let size = block.map { numeric[$0] * numeric[$0] }.reduce(0, +).squareRoot()
                #expect(size > 0 && difference <= 1e-6 * size, "\(c) layer \(layer.inputs)→\(layer.outputs) \(block): \(difference / size)")
            }
        }
    }
}
