import LessonKit
import LossKit
import TestSupport
import Testing
@testable import LossLabApp

/// The Lab while gradient descent steps, as text at 80×24 and 120×40: the status, the title's η and
/// the loss-history chart in place of the bars.
@Suite struct LabDescentSnapshotTests {
    struct Scene: Sendable, CustomTestStringConvertible {
        var name: String
        var losses: [Loss] = [.mse]
        /// Open on lesson 7's confidently wrong preset (x = 1, z = −6, η = 1) instead of the example.
        var confidentlyWrong = false
        /// Open on a 3×3 image (a plus sign and a blurred guess of it) instead of the example.
        var image = false
        var ascii = false
        var keys: String
        var testDescription: String { name }
    }

    static let scenes: [Scene] = [
        Scene(name: "lab-descent-steps", losses: [.mse, .bce], keys: "sss"),
        Scene(name: "lab-descent-playing", keys: "p<Wait 500ms>"),
        Scene(name: "lab-descent-clamped", losses: [.bce], keys: ">>>>>>>s"),
        Scene(name: "lab-descent-mse-stalls", confidentlyWrong: true, keys: "p<Wait 2s>p"),
        Scene(name: "lab-descent-bce-moves", confidentlyWrong: true, keys: "wp<Wait 3s>p"),
        Scene(name: "lab-descent-ascii", losses: [.mse, .bce], ascii: true, keys: "wss"),
        Scene(name: "lab-descent-image", losses: [.bce], image: true, keys: "p<Wait 1s>"),
    ]

    @Test(arguments: scenes, [(80, 24), (120, 40)])
    func screen(_ scene: Scene, size: (Int, Int)) throws {
        var state = AppState(width: size.0, height: size.1, options: AppOptions(ascii: scene.ascii), page: .lab,
                             lab: LabState(input: LabState.exampleInput, losses: scene.losses))
        if scene.image {
            let input = try LossInput(x: [0, 1, 0, 1, 1, 1, 0, 1, 0], xhat: [0.2, 0.5, 0.3, 0.4, 0.6, 0.5, 0.1, 0.5, 0.2], losses: scene.losses)
            state.lab = LabState(input: input, losses: scene.losses)
            state.lab.shape = ImageShape(rows: 3, columns: 3)
        }
        if scene.confidentlyWrong {
            let preset = LabPreset(losses: [.mse, .bce], x: [1], xhat: [-6], caption: "From z = −6: which loss moves it?",
                                   logits: true, learningRate: 1)
            state.labScreen = try #require(LabScreen(preset: preset, origin: .contents))
        }
        LossLabApp.run(&state, try KeyNotation.parse(scene.keys))
        LossLabApp.settle(&state)
        let text = LossLabApp.render(state).text
        if scene.ascii { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }) }
        let mismatch = Snapshot.mismatch(text, named: "\(scene.name)-\(size.0)x\(size.1)")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
