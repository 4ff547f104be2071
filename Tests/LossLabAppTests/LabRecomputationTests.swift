import Foundation
import LossKit
import Testing
@testable import LossLabApp

/// A loss switch on a long vector runs over ticks: a progress line, keys that look act at once, keys
/// that change values wait and then apply in order.
@Suite struct LabRecomputationTests {
    /// Three slices and a bit: the first slice runs on the key, three ticks finish.
    static let n = 3 * Recomputation.sliceElements + 100
    static let x = (0..<n).map { Double($0 % 2) }
    static let xhat = (0..<n).map { 0.05 + 0.9 * Double($0 % 7) / 6 }

    /// The Lab on the long vectors after its first tick, which gives it a copy of the predictions of its own.
    func bigLab() -> AppState {
        let input = try! LossInput(x: Self.x, xhat: Self.xhat, losses: Loss.all)
        var state = AppState(width: 80, height: 24, page: .lab, lab: LabState(input: input))
        #expect(state.tickInterval == Recomputation.tickInterval)
        _ = LossLabApp.update(&state, .tick)
        #expect(state.tickInterval == nil)
        return state
    }

    func press(_ state: inout AppState, _ keys: String) {
        LossLabApp.run(&state, try! KeyNotation.parse(keys))
        LossLabApp.settle(&state)
    }

    /// Ticks until the recomputation is done; returns how many it took.
    func tickUntilDone(_ state: inout AppState) -> Int {
        var ticks = 0
        while state.lab.isRecomputing && ticks < 100 {
            _ = LossLabApp.update(&state, .tick)
            ticks += 1
        }
        return ticks
    }

    @Test func aLossSwitchShowsItsProgressAndFinishesAfterTicks() {
        var state = bigLab()
        press(&state, "b")
        #expect(state.lab.isRecomputing)
        #expect(state.tickInterval == Recomputation.tickInterval)
        #expect(state.lab.losses == [.mse])
        #expect(state.render().text.contains("Recomputing BCE … 33 %"))
        #expect(tickUntilDone(&state) == 3)
        #expect(state.tickInterval == nil)
        #expect(state.lab.losses == [.bce])
        let expected = IncrementalEvaluation(try! LossInput(x: Self.x, xhat: Self.xhat, loss: .bce), losses: [.bce])
        #expect(state.lab.data.value(.bce) == expected.value(.bce))
        #expect(!state.render().text.contains("Recomputing"))
    }

    @Test func keysThatLookActAtOnceAndKeysThatChangeValuesWaitInOrder() {
        var state = bigLab()
        press(&state, "b<Down>")
        #expect(state.lab.selected == 1)
        press(&state, "]<Up>")
        // The nudge waits for BCE, and the move after it waits too, so the nudge lands on element 2.
        #expect(state.lab.selected == 1)
        #expect(state.lab.data.predictions[1] == Self.xhat[1])
        _ = tickUntilDone(&state)
        #expect(state.lab.selected == 0)
        #expect(abs(state.lab.data.predictions[1] - (Self.xhat[1] + 0.01)) < 1e-12)
        var nudged = Self.xhat
        nudged[1] = state.lab.data.predictions[1]
        let expected = IncrementalEvaluation(try! LossInput(x: Self.x, xhat: nudged, loss: .bce), losses: [.bce])
        #expect(state.lab.data.value(.bce) == expected.value(.bce))
    }

    @Test func aLongNudgedListIsNotWrittenOutWhenItsFieldIsEdited() {
        var state = bigLab()
        let typed = state.lab.xhatField.text
        press(&state, "]e")
        #expect(state.lab.focus == .xhat)
        #expect(state.lab.xhatField.text == typed)
        press(&state, "<Esc>")
        #expect(abs(state.lab.data.predictions[0] - (Self.xhat[0] + 0.01)) < 1e-12)
        #expect(state.lab.xhatFieldIsStale)
    }

    @Test func aDescentStepRunsInSlicesToo() {
        var state = bigLab()
        var expected = state.lab.data
        _ = expected.descend(by: .mse, rate: state.lab.learningRate)
        press(&state, "s")
        #expect(state.render().text.contains("Gradient-descent step (MSE) … 33 %"))
        #expect(state.lab.descentSteps == 0)
        #expect(tickUntilDone(&state) == 3)
        #expect(state.lab.descentSteps == 1)
        #expect(state.lab.data == expected)
        // A nudge while the next step runs waits for it, then moves the stepped value (and starts the descent afresh).
        _ = expected.descend(by: .mse, rate: state.lab.learningRate)
        press(&state, "s]")
        _ = tickUntilDone(&state)
        #expect(abs(state.lab.data.predictions[0] - (expected.predictions[0] + 0.01)) < 1e-12)
        #expect(state.lab.data.predictions[1] == expected.predictions[1])
        #expect(state.lab.descentSteps == 0)
    }

    @Test func anotherLossKeyReplacesTheJobWithTheLatestChoice() {
        var state = bigLab()
        press(&state, "b")
        _ = LossLabApp.update(&state, .tick)
        press(&state, "a")
        #expect(state.render().text.contains("Recomputing MAE … 33 %"))
        _ = tickUntilDone(&state)
        #expect(state.lab.losses == [.mae])
        press(&state, "c")
        #expect(!state.lab.isRecomputing, "MAE has no convention: c is not bound")
    }

    @Test func logitsAndBackRunInSlicesAndKeepTheValues() {
        var state = bigLab()
        press(&state, "z")
        #expect(state.render().text.contains("Turning x̂ into logits z … 33 %"))
        #expect(!state.lab.logits)
        #expect(tickUntilDone(&state) == 3)
        #expect(state.lab.logits)
        let z = Self.xhat.map { Double.logit($0) }
        #expect(state.lab.data.predictions == z)
        let expected = IncrementalEvaluation(try! LossInput(x: Self.x, xhat: z, loss: .mse, logits: true), losses: [.mse], logits: true)
        #expect(state.lab.data.value(.mse) == expected.value(.mse))
        press(&state, "z")
        #expect(state.render().text.contains("Turning logits z into x̂ … 33 %"))
        _ = tickUntilDone(&state)
        #expect(!state.lab.logits)
        #expect(state.lab.data.predictions == z.map { Double.sigmoid($0) })
    }

    @Test func aProbabilityWithNoLogitStopsTheConversionAndChangesNothing() {
        var xhat = Self.xhat
        xhat[Self.n - 3] = 1
        let input = try! LossInput(x: Self.x, xhat: xhat, losses: [.mse])
        var state = AppState(width: 80, height: 24, page: .lab, lab: LabState(input: input))
        press(&state, "z")
        _ = tickUntilDone(&state)
        #expect(state.lab.inputError == .noLogit(index: Self.n - 2, value: 1))
        #expect(!state.lab.logits)
        #expect(state.lab.data.predictions == xhat)
    }

    @Test func undoingADescentRunsInSlicesAndBringsTheValuesBack() {
        var state = bigLab()
        let before = state.lab.data
        press(&state, "s")
        _ = tickUntilDone(&state)
        press(&state, "u")
        #expect(state.render().text.contains("Undoing the descent … 33 %"))
        #expect(state.lab.descentSteps == 1)
        #expect(tickUntilDone(&state) == 3)
        #expect(state.lab.data.predictions == before.predictions)
        #expect(state.lab.data.value(.mse) == before.value(.mse))
        #expect(state.lab.descentSteps == 0)
    }

    @Test func aTextFileTypedIntoAFieldIsReadInSlicesThenSummed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-lab-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("other.txt").path
        let other = Self.xhat.reversed().map { $0 }
        try other.map { "\($0)" }.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var state = bigLab()
        press(&state, "e<C-u>")
        _ = LossLabApp.update(&state, .paste("@" + path))
        press(&state, "<Enter>b")
        #expect(state.render().text.contains("Reading other.txt … "))
        #expect(state.lab.losses == [.mse], "the loss key waits for the file")
        #expect(tickUntilDone(&state) > 3)
        #expect(state.lab.losses == [.bce])
        #expect(state.lab.data.predictions == other)
        #expect(state.lab.xhatReading.text == "@" + path)
        #expect(state.lab.inputError == nil)
        let expected = IncrementalEvaluation(try LossInput(x: Self.x, xhat: other, loss: .bce), losses: [.bce])
        #expect(state.lab.data.value(.bce) == expected.value(.bce))
        // A file that ends in a mistake leaves the values as they were, and says where.
        try (other.prefix(400_000).map { "\($0)" }.joined(separator: "\n") + "\noops\n").write(toFile: path + "2", atomically: true, encoding: .utf8)
        press(&state, "e<C-u>")
        _ = LossLabApp.update(&state, .paste("@" + path + "2"))
        press(&state, "<Enter>")
        _ = tickUntilDone(&state)
        #expect(state.lab.inputError?.description.contains("other.txt2:400001:1") == true)
        #expect(state.lab.data.predictions == other)
    }
}
