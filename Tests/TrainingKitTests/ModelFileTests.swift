import Foundation
import LossKit
import Testing
@testable import TrainingKit

@Suite("Model files")
struct ModelFileTests {
    @Test("A saved model reads back bit for bit, with how it was trained")
    func roundTrip() throws {
        let data = GeneratedData.digits.dataSet()
        var trainer = Trainer(settings: TrainingSettings(), train: data.train)
        _ = trainer.finishEpoch()
        let file = ModelFile(shape: data.train.shape, training: .init(data: "digits", settings: trainer.settings, epochs: 1),
                             network: trainer.network)
        let read = try ModelFile(json: Array(file.json().utf8))
        #expect(read == file)
        #expect(read.network.parameters.map(\.bitPattern) == trainer.network.parameters.map(\.bitPattern))
        #expect(read.network.reconstruction(of: data.test.image(0)) == trainer.network.reconstruction(of: data.test.image(0)))
        #expect(read.training.loss == "bce" && read.training.convention == nil && read.training.learningRate == 0.01)
    }

    @Test("A file that is not a model, or whose layers do not fit, is refused with a reason")
    func refused() {
        var random = SplitMix64(seed: 1)
        let network = Network(widths: [4, 2, 4], activations: [.tanh, .sigmoid], random: &random)
        let good = ModelFile(shape: ImageShape(rows: 2, columns: 2), training: .init(data: "x", settings: TrainingSettings(), epochs: 0),
                             network: network).json()
        #expect(throws: DataSetError.self) { try ModelFile(json: Array("{}".utf8)) }
        let cut = good.replacingOccurrences(of: "\"parameters\":[", with: "\"parameters\":[1,")
        #expect(throws: DataSetError.self) { try ModelFile(json: Array(cut.utf8)) }
        let wrongSize = good.replacingOccurrences(of: "\"rows\":2", with: "\"rows\":3")
        #expect(throws: DataSetError.self) { try ModelFile(json: Array(wrongSize.utf8)) }
        #expect((try? ModelFile(json: Array(good.utf8))) != nil)
    }
}
