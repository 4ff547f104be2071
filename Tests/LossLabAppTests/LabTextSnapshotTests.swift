import Foundation
import LossKit
import TestSupport
import Testing
@testable import LossLabApp

/// The Lab's text at 80×24: fields that take any text, long lists, and messages wrapped, never cut.
@Suite struct LabTextSnapshotTests {
    /// A named Lab scene: the values, the events that lead to it (keys in `losslab screen` notation
    /// or raw events), settled as the event loop settles before drawing.
    struct Scene: Sendable, CustomTestStringConvertible {
        var name: String
        var losses: [Loss] = [.mse]
        var x: [Double] = LabState.exampleInput.x
        var xhat: [Double] = LabState.exampleInput.xhat
        var events: [KeyNotation.Step]
        var testDescription: String { name }

        init(_ name: String, losses: [Loss] = [.mse], x: [Double] = LabState.exampleInput.x,
             xhat: [Double] = LabState.exampleInput.xhat, keys: String = "", then events: [Event] = []) {
            self.name = name
            self.losses = losses
            self.x = x
            self.xhat = xhat
            self.events = try! KeyNotation.parse(keys) + events.map(KeyNotation.Step.event)
        }
    }

    /// 0.15, 0.25, …, 0.95, 0.05, 0.15, …: 1,000 values.
    static let longList = (1...1000).map { Double("0.\($0 % 10)5")! }

    static let scenes: [Scene] = [
        // e + U+0301, a Hangul jamo pair and emoji typed key by key: one grapheme each, no crash.
        Scene("lab-field-graphemes", keys: "e<C-u>",
              then: ["e", "\u{301}", " ", "\u{1100}", "\u{1161}", " ", "👍", "🏽", " ", "🇫", "🇷"].map { .key(.char(Character($0))) }),
        // 1,000 values pasted at once into the focused field: the window shows the end, where the cursor is.
        Scene("lab-paste-long-list", x: longList, xhat: longList.reversed(), keys: "e<C-u>",
              then: [.paste(longList.map { "\($0)" }.joined(separator: "\n"))]),
        // The same list outside the field: shortened with … after a separator, never inside a number.
        Scene("lab-long-list", x: longList, xhat: longList.reversed(), keys: "]"),
        // The logit refusal, which used to be cut before "as logits".
        Scene("lab-logit-refusal", losses: [.bce], xhat: [0, 0.2, 0.6], keys: "z"),
        // A bad number far into a long list: the message wraps.
        Scene("lab-bad-number-in-long-list", x: longList, xhat: longList, keys: "e<End><BS><BS><BS><BS>0..5<Enter>"),
        // Keras clips x̂ = 0 and 1: the table shows the value used, 1 − 1e-7, not "1".
        Scene("lab-keras-clipped", losses: [.bce], xhat: [0, 1, 0.6], keys: "cc<Space><Space>"),
        // Logits converted from x̂ show 6 digits in the field.
        Scene("lab-logits-field", losses: [.bce], keys: "z"),
        // Every loss summed without ÷ n: the totals wrap.
        Scene("lab-all-sum", losses: Loss.all, keys: "d"),
    ]

    @Test(arguments: scenes)
    func screen(_ scene: Scene) throws {
        let lab = LabState(input: try LossInput(x: scene.x, xhat: scene.xhat, losses: scene.losses), losses: scene.losses)
        var state = AppState(width: 80, height: 24, page: .lab, lab: lab)
        LossLabApp.run(&state, scene.events)
        LossLabApp.settle(&state)
        let mismatch = Snapshot.mismatch(ChartPixels.masked(LossLabApp.render(state).text), named: "\(scene.name)-80x24")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func aBadDataFileIsReportedWithItsLineAndColumnWrapped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-snapshot-data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("reconstruction.txt")
        try Data("# three predictions\n0.9, 0.2\n0.6x\n".utf8).write(to: file)
        var state = AppState(width: 80, height: 24, page: .lab, lab: LabState(input: LabState.exampleInput))
        LossLabApp.run(&state, try KeyNotation.parse("e<C-u>@\(file.path)<Enter>"))
        LossLabApp.settle(&state)
        let text = ChartPixels.masked(LossLabApp.render(state).text).replacingOccurrences(of: folder.path, with: "TMP")
        let mismatch = Snapshot.mismatch(text, named: "lab-file-error-80x24")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
