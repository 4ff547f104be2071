import Foundation
import LossKit
import Testing
@testable import LossLabApp

/// Events in, Lab state out: editing, validation, losses, conventions, steps and nudges.
@Suite struct LabReducerTests {
    /// An app open in the Lab at 80×24 on x = 1, 0, 1 and x̂ = 0.9, 0.2, 0.6.
    func labApp(_ losses: [Loss] = [.mse]) -> AppState {
        AppState(width: 80, height: 24, page: .lab, lab: LabState(input: LabState.exampleInput, losses: losses))
    }

    /// Presses `keys` as one burst, then settles as the event loop does before drawing.
    func press(_ state: inout AppState, _ keys: String) {
        LossLabApp.run(&state, try! KeyNotation.parse(keys))
        LossLabApp.settle(&state)
    }

    @Test func mseOfTheExampleIsSevenHundredths() {
        let state = labApp()
        #expect(abs(state.lab.data.value(.mse) - 0.07) < 1e-15)
        #expect(abs(state.lab.data.sum(.mse) - 0.21) < 1e-15)
    }

    @Test func typingAValidListReplacesTheData() {
        var state = labApp()
        press(&state, "e<C-u>0.5, 0.5, 0.5<Enter>")
        #expect(state.lab.focus == .table)
        #expect(state.lab.inputError == nil)
        #expect(state.lab.data.predictions == [0.5, 0.5, 0.5])
        #expect(abs(state.lab.data.value(.mse) - 0.25) < 1e-15)
    }

    @Test func anInvalidEntryKeepsTheLastValidResultAndSaysWhy() {
        var state = labApp()
        press(&state, "e<BS><BS><BS>0.")
        press(&state, ".6")
        // "0." was read (the burst before), so the last valid x̂ ends in 0.
        #expect(state.lab.data.predictions == [0.9, 0.2, 0])
        #expect(state.lab.inputError == .list(.xhat, NumberListError(.notANumber, value: 3, column: 11, text: "0..6")))
        press(&state, "<BS><BS><BS><BS>0.6")
        #expect(state.lab.inputError == nil)
    }

    @Test func aLengthMismatchIsReported() {
        var state = labApp()
        press(&state, "<Tab>, 1")
        #expect(state.lab.focus == .x)
        #expect(state.lab.inputError == .lengthMismatch(x: 4, xhat: 3))
    }

    @Test func bceRefusesValuesOutsideTheUnitIntervalAndKeepsMSE() {
        var state = labApp()
        press(&state, "<Tab><C-u>255, 0, 128<Enter>b")
        #expect(state.lab.losses == [.mse])
        #expect(state.lab.inputError == .outsideDomain(.x, index: 1, value: 255, loss: .bce, looksLikePixels: true))
    }

    @Test func lossKeysChooseMSEBCEAndBoth() {
        var state = labApp()
        press(&state, "b")
        #expect(state.lab.losses == [.bce])
        #expect(abs(state.lab.data.sum(.bce) - (-log(0.9) - log(0.8) - log(0.6))) < 1e-15)
        press(&state, "B")
        #expect(state.lab.losses == [.mse, .bce])
        #expect(state.lab.data.losses == [.mse, .bce])
        press(&state, "m")
        #expect(state.lab.losses == [.mse])
    }

    @Test func conventionCyclesAndChangesAnInfiniteLossToAFiniteOne() throws {
        let input = try LossInput(x: [1, 0], xhat: [0, 0], loss: .bce)
        var state = AppState(width: 80, height: 24, page: .lab, lab: LabState(input: input, losses: [.bce]))
        #expect(state.lab.data.value(.bce) == .infinity)
        press(&state, "c")
        #expect(state.lab.convention == .pytorch)
        #expect(state.lab.data.value(.bce) == 50)
        press(&state, "c")
        #expect(state.lab.convention == .keras)
        #expect(abs(state.lab.data.value(.bce) - (-log(1e-7) - log1p(-1e-7)) / 2) < 1e-12)
        press(&state, "c")
        #expect(state.lab.convention == .exact)
    }

    @Test func nudgesMoveTheChosenPredictionAndTheTotal() {
        var state = labApp()
        press(&state, "<Down>]]}")
        #expect(state.lab.selected == 1)
        #expect(state.lab.data.predictions == [0.9, 0.32, 0.6])
        #expect(abs(state.lab.data.sum(.mse) - (0.01 + 0.32 * 0.32 + 0.16)) < 1e-15)
        press(&state, "{{{{")
        #expect(state.lab.data.predictions[1] == -0.08)
    }

    @Test func nudgesStayInsideTheUnitIntervalWhileBCEIsShown() {
        var state = labApp([.bce])
        press(&state, "}}}}")
        #expect(state.lab.data.predictions[0] == 1)
        #expect(state.lab.data.elementLoss(.bce, at: 0) == 0)
        #expect(abs(state.lab.data.value(.bce) - (-log(0.8) - log(0.6)) / 3) < 1e-15)
    }

    @Test func editingAfterANudgeStartsFromTheNudgedValues() {
        var state = labApp()
        press(&state, "]e")
        #expect(state.lab.xhatField.text == "0.91, 0.2, 0.6")
    }

    @Test func spaceRevealsOneStepAtATimeAndRRevealsAll() {
        var state = labApp()
        #expect(state.lab.revealed == nil)
        press(&state, "<Space>")
        #expect(state.lab.revealed == 1)
        press(&state, "<Space><Space>")
        #expect(state.lab.revealed == 3)
        #expect(state.lab.selected == 2)
        press(&state, "<Space><Space><Space><Space>")
        #expect(state.lab.revealed == state.lab.stepCount)
        #expect(state.lab.stepCount == 6)
        press(&state, "r")
        #expect(state.lab.revealed == nil)
        press(&state, "r")
        #expect(state.lab.revealed == 0)
    }

    @Test func theChosenElementScrollsIntoView() throws {
        let x = [Double](repeating: 0.5, count: 200)
        var state = AppState(width: 80, height: 24, page: .lab, lab: LabState(input: try LossInput(x: x, xhat: x, loss: .mse)))
        let rows = state.labLayout.tableRows
        press(&state, "<End>")
        #expect(state.lab.selected == 199)
        #expect(state.lab.scroll == 200 - rows)
        press(&state, "<Home>")
        #expect(state.lab.scroll == 0)
        press(&state, "<PgDn>")
        #expect(state.lab.selected == rows)
    }

    @Test func dSwitchesBetweenMeanAndSum() {
        var state = labApp()
        #expect(abs(state.lab.data.value(.mse) - 0.07) < 1e-15)
        press(&state, "d")
        #expect(state.lab.reduction == .sum)
        #expect(abs(state.lab.data.value(.mse) - 0.21) < 1e-15)
        #expect(state.lab.stepCount == 5, "three terms, the sum, the result: no division")
        press(&state, "d")
        #expect(state.lab.reduction == .mean)
    }

    @Test func gTogglesTheGradientChart() {
        var state = labApp()
        press(&state, "g")
        #expect(state.lab.showsGradient)
        press(&state, "g")
        #expect(!state.lab.showsGradient)
    }

    @Test func anImageShapeDrawsTheLossPerPixel() {
        var state = AppState(width: 120, height: 40, page: .lab,
                             lab: LabState(input: try! LossInput(x: [1, 0, 1, 1], xhat: [0.9, 0.2, 0.6, 0.99], loss: .bce),
                                           losses: [.bce]))
        #expect(!LossLabApp.render(state).text.contains("BCE per pixel"))
        state.lab.shape = ImageShape(rows: 2, columns: 2)
        let text = LossLabApp.render(state).text
        #expect(text.contains("BCE per pixel"))
        #expect(text.contains("0.5108") && text.contains("darker: more loss"))
        // x and x̂ are drawn as images beside the loss map.
        #expect(text.contains("0       1"))
        // Vectors of another length do not fit the shape: the bars stay.
        state.lab = LabState(input: LabState.exampleInput, losses: [.bce])
        state.lab.shape = ImageShape(rows: 2, columns: 2)
        #expect(!LossLabApp.render(state).text.contains("per pixel"))
        #expect(LossLabApp.render(state).text.contains("BCE per element"))
    }
}

extension LabReducerTests {
    /// Long readings (0.0001899, −0.0001899) widen their columns: no cell runs into its neighbour.
    @Test func tableCellsNeverTouch() throws {
        let input = try LossInput(x: [0, 1, 0], xhat: [0.00018989253606315637, 0.9, 0.004511], losses: [.bce])
        for width in [80, 100, 120] {
            let state = AppState(width: width, height: 30, page: .lab, lab: LabState(input: input, losses: [.bce]))
            let lines = LossLabApp.render(state).lines()
            let table = state.labLayout.table
            let rows = (0..<3).map(state.lab.tableRow)
            let columns = StepTableColumn.columns(for: state.lab, notation: .unicode, width: table.width, rows: rows)
            for row in (table.y + 1)..<(table.y + 4) {
                let cells = lines[row].dropFirst(table.x).prefix(table.width).split(separator: " ").filter { $0 != "▶" }
                #expect(cells.count == columns.count, "\(width): \(lines[row])")
            }
        }
    }
}
