import LossKit
import TestSupport
import Testing
@testable import LossLabApp

/// Whole screens as text at 80×24 and 120×40, compared with the snapshots in `Snapshots/`.
@Suite struct ScreenSnapshotTests {
    /// A named scene: the page, the options and the keys that lead to it.
    struct Scene: Sendable, CustomTestStringConvertible {
        var name: String
        var page: Page = .contents
        var losses: [Loss] = [.mse]
        var ascii = false
        var keys = ""
        var testDescription: String { name }
    }

    static let scenes: [Scene] = [
        Scene(name: "contents"),
        Scene(name: "contents-progress", keys: "<Enter><End>n<Esc>"),
        Scene(name: "lesson", keys: "<Enter>"),
        Scene(name: "lesson-question-answered", keys: "<Enter><Tab><Tab><Enter>0.5<Enter>"),
        Scene(name: "lesson-answering", keys: "<Enter><Tab><Tab><Enter>0.2"),
        Scene(name: "lesson-hint-nudge", keys: "<Enter><Tab><Tab><Enter>0.5<Enter>h"),
        Scene(name: "lesson-hint-worked", keys: "<Enter><Tab><Tab><Enter>0.5<Enter>hh"),
        Scene(name: "lesson-answer-shown", keys: "<Enter><Tab><Tab><Enter>0.5<Enter>hhh"),
        Scene(name: "practice", page: .practice),
        Scene(name: "practice-named-mistake", page: .practice, keys: "<Enter>0.18<Enter>"),
        Scene(name: "practice-hints", page: .practice, keys: "<Enter>0.18<Enter>hhh"),
        Scene(name: "practice-answering", page: .practice, keys: "<Enter>0.0"),
        Scene(name: "practice-choice", page: .practice, keys: "<Left>"),
        Scene(name: "practice-summary", page: .practice, keys: "<Enter>0.09<Enter><Enter><Enter>0.1<Enter>t"),
        Scene(name: "lesson-chart", keys: "<Down><Enter>"),
        Scene(name: "lesson-ascii", ascii: true, keys: "<Enter><Tab><Tab><Tab><Enter>b<Enter>"),
        Scene(name: "contents-help", keys: "?"),
        Scene(name: "lesson-help", keys: "<Enter>?"),
        Scene(name: "lesson-end", keys: "<Enter><End>"),
        Scene(name: "lesson-choice-picked", keys: "<Enter><Tab><Tab><Tab><Enter><Down><Down>"),
        Scene(name: "lesson-explanation-wrapped", keys: "<Enter><Tab><Tab><Tab><Enter>a<Enter><Enter>b<Enter>"),
        Scene(name: "lesson-resized-to-64x19", keys: "<Enter><Resize 60x18><Down><Down><Down><Down><Down><Down><Resize 64x19>"),
        Scene(name: "lab-preset", keys: "<Enter><Tab><Enter>]"),
        Scene(name: "lab-mse", page: .lab),
        Scene(name: "lab-bce", page: .lab, losses: [.bce]),
        Scene(name: "lab-both", page: .lab, losses: [.mse, .bce], keys: "<Down>]]"),
        Scene(name: "lab-step-midway", page: .lab, losses: [.bce], keys: "<Space><Space>"),
        Scene(name: "lab-step-division", page: .lab, keys: "<Space><Space><Space><Space><Space>"),
        Scene(name: "lab-input-error", page: .lab, keys: "e<BS><BS><BS>0..6"),
        Scene(name: "lab-editing", page: .lab, keys: "<Tab><End>"),
        Scene(name: "lab-help", page: .lab, keys: "?"),
        Scene(name: "lab-ascii", page: .lab, losses: [.bce], ascii: true, keys: "<Space>"),
    ]

    static let sizes = [(80, 24), (120, 40)]

    @Test(arguments: scenes, [0, 1])
    func screen(_ scene: Scene, size: Int) throws {
        let (width, height) = Self.sizes[size]
        let lab = LabState(input: LabState.exampleInput, losses: scene.losses)
        var state = AppState(width: width, height: height, options: AppOptions(ascii: scene.ascii),
                             lessons: FixtureLessons.lessons, page: scene.page, lab: lab)
        LossLabApp.run(&state, try KeyNotation.parse(scene.keys))
        LossLabApp.settle(&state)
        let text = ChartPixels.masked(LossLabApp.render(state).text)
        let mismatch = Snapshot.mismatch(text, named: "\(scene.name)-\(width)x\(height)")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func tooSmall() {
        let state = AppState(width: 30, height: 10)
        let mismatch = Snapshot.mismatch(LossLabApp.render(state).text, named: "too-small-30x10")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func asciiScreensHoldOnlyASCII() throws {
        var state = AppState(width: 120, height: 40, options: AppOptions(ascii: true), page: .lab,
                             lab: LabState(input: LabState.exampleInput, losses: [.mse, .bce]))
        LossLabApp.run(&state, try KeyNotation.parse("<Space>?<Esc>"))
        let text = LossLabApp.render(state).text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }
}
