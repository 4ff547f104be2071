import LossKit
import Testing
@testable import LossLabApp

/// Two things the stepper's values brought out: table cells wider than their column, and help
/// texts that wrap so the last keys could not be scrolled into view.
@Suite struct LabTableAndHelpFitTests {
    @Test func tableColumnsWidenSoNumbersNeverTouch() throws {
        // σ(−6) = 0.002473 and 1 − 1e-6 are eight columns wide, as wide as the nominal column.
        let input = try LossInput(x: [1, 0], xhat: [-6, 13.8], losses: [.mse, .bce], logits: true)
        let state = AppState(width: 80, height: 24, page: .lab, lab: LabState(input: input, losses: [.mse, .bce], logits: true))
        let rows = LossLabApp.render(state).lines().filter { $0.contains("0.002473") }
        #expect(rows.count == 1)
        #expect(rows[0].contains(" −6 ") && rows[0].contains(" 0.002473 "))
        let probabilities = try LossInput(x: [1], xhat: [1 - 1e-6], losses: [.bce])
        let lab = AppState(width: 80, height: 24, page: .lab, lab: LabState(input: probabilities, losses: [.bce]))
        #expect(LossLabApp.render(lab).lines().contains { $0.contains("1  1 − 1e-6") })
    }

    @Test func helpScrollsToItsLastEntryEvenWhenTextsWrap() throws {
        var state = AppState(width: 80, height: 24, page: .lab, lab: LabState(input: LabState.exampleInput, losses: [.mse, .bce]))
        LossLabApp.run(&state, try KeyNotation.parse("s?" + String(repeating: "j", count: 40)))
        #expect(LossLabApp.render(state).lines().contains { $0.contains("q                   leave LossLab") })
    }
}
