import LessonKit
import LossKit
import Testing
@testable import LossLabApp

/// The Lab's gradient-descent keys, event in, state out: `s` step, `p` play (ticks), `<` `>` rate,
/// `w` driver, `u` undo, `R` reset; and the lesson 7 preset where MSE through a Sigmoid stalls.
@Suite struct LabDescentTests {
    /// An app open in the Lab at 80×24 on x = 1, 0, 1 and x̂ = 0.9, 0.2, 0.6.
    func labApp(_ losses: [Loss] = [.mse]) -> AppState {
        AppState(width: 80, height: 24, page: .lab, lab: LabState(input: LabState.exampleInput, losses: losses))
    }

    /// An app open in the Lab on x = 1 and the logit z = −6, MSE and BCE shown, η = 1, as lesson 7's preset.
    func confidentlyWrong() -> AppState {
        let preset = LabPreset(losses: [.mse, .bce], x: [1], xhat: [-6], logits: true, learningRate: 1)
        var state = AppState(width: 80, height: 24, page: .lab)
        state.labScreen = LabScreen(preset: preset, origin: .contents)!
        return state
    }

    func press(_ state: inout AppState, _ keys: String) {
        LossLabApp.run(&state, try! KeyNotation.parse(keys))
        LossLabApp.settle(&state)
    }

    @Test func sTakesOneStepOnEveryElement() {
        var state = labApp()
        press(&state, "s")
        // 2(x̂ᵢ − xᵢ)/3 at η = 0.1 (see DescentTests for the hand-computed values).
        for (value, expected) in zip(state.lab.data.predictions, [0.9066666666666667, 0.18666666666666668, 0.6266666666666667]) {
            #expect(abs(value - expected) <= 1e-15 * expected)
        }
        #expect(state.lab.descentSteps == 1)
        #expect(state.lab.descent.history.count == 1)
        #expect(abs(state.lab.descent.history[0][0] - 0.07) < 1e-15)
        #expect(state.lab.descent.history[0][1] == state.lab.data.value(.mse))
        #expect(state.lab.data.value(.mse) < 0.07)
        #expect(state.tickInterval == nil)
    }

    @Test func theGradientStepIsTheTablesGradientColumn() {
        var state = labApp([.mse, .bce])
        press(&state, "zw")
        let before = state.lab.data.predictions
        let gradients = (0..<3).map { state.lab.data.term(.bce, at: $0).gradient }
        press(&state, "s")
        for i in 0..<3 { #expect(state.lab.data.predictions[i] == before[i] - 0.1 * gradients[i]) }
    }

    @Test func pPlaysAStepATickAndPausesAgain() {
        var state = labApp()
        press(&state, "p")
        #expect(state.lab.isPlaying)
        #expect(state.tickInterval == .milliseconds(100))
        press(&state, "<Tick><Tick><Wait 500ms>")
        #expect(state.lab.descentSteps == 7)
        press(&state, "p")
        #expect(!state.lab.isPlaying)
        #expect(state.tickInterval == nil)
        press(&state, "<Wait 500ms>")
        #expect(state.lab.descentSteps == 7)
    }

    @Test func sPausesAPlayAndSteps() {
        var state = labApp()
        press(&state, "p<Tick>s")
        #expect(!state.lab.isPlaying)
        #expect(state.lab.descentSteps == 2)
    }

    @Test func aPlayStopsWhenTheLossStopsChanging() {
        // MSE of one element at η = 0.5: x̂ − 0.5 · 2(x̂ − x) = x, so the first step reaches L = 0 and
        // the second changes nothing.
        var state = AppState(width: 80, height: 24, page: .lab, lab: LabState(input: try! LossInput(x: [1], xhat: [0.5], losses: [.mse])))
        press(&state, ">>p<Wait 1s>")
        #expect(state.lab.learningRate == 0.5)
        #expect(state.lab.descentSteps == 2)
        #expect(state.lab.data.value(.mse) == 0)
        #expect(!state.lab.isPlaying)
        #expect(state.lab.descent.stop == .settled)
        #expect(state.lab.status(.unicode).pieces.contains { $0.contains("less than 1e-12") })
    }

    @Test func aPlayPausesAtTheCap() {
        var state = confidentlyWrong()
        press(&state, "wp")
        for _ in 0..<(Descent.cap + 5) { _ = LossLabApp.update(&state, .tick) }
        #expect(state.lab.descentSteps == Descent.cap)
        #expect(state.lab.descent.stop == .cap)
        #expect(!state.lab.isPlaying)
        press(&state, "p<Tick>")
        #expect(state.lab.descentSteps == Descent.cap + 1)
    }

    @Test func aDivergingStepIsRefusedAndSaidSo() {
        var state = labApp()
        press(&state, "e<C-u>1e300, 0, 0<Enter>" + String(repeating: ">", count: 10) + "p<Wait 2s>")
        #expect(state.lab.descent.stop == .diverged)
        #expect(!state.lab.isPlaying)
        #expect(state.lab.data.predictions.allSatisfy { $0.isFinite })
        #expect(state.lab.status(.unicode).role == .error)
    }

    @Test func ratesMoveAlongTheLadder() {
        var state = labApp()
        #expect(state.lab.learningRate == 0.1)
        press(&state, ">")
        #expect(state.lab.learningRate == 0.2)
        press(&state, ".")
        #expect(state.lab.learningRate == 0.5)
        press(&state, "<lt><lt>,")
        #expect(state.lab.learningRate == 0.05)
        press(&state, String(repeating: "<lt>", count: 20))
        #expect(state.lab.learningRate == 0.001)
        press(&state, String(repeating: ">", count: 20))
        #expect(state.lab.learningRate == 100)
        let title = LossLabApp.render(state).lines()[0]
        #expect(title.hasSuffix("η = 100 "))
    }

    @Test func anOffLadderRateMovesToItsNeighbours() {
        var descent = Descent(rate: 0.3)
        #expect(descent.nextRate(1) == 0.5)
        #expect(descent.nextRate(-1) == 0.2)
        descent.rate = 1000
        #expect(descent.nextRate(1) == 1000)
        #expect(descent.nextRate(-1) == 100)
    }

    @Test func wChoosesTheDrivingLossAndTheTitleSaysWhich() {
        var state = labApp([.mse, .bce])
        #expect(state.lab.driver == .mse)
        press(&state, "w")
        #expect(state.lab.driver == .bce)
        #expect(LossLabApp.render(state).lines()[0].contains("η = 0.1 (BCE)"))
        press(&state, "w")
        #expect(state.lab.driver == .mse)
        // Without BCE shown, the first shown loss drives; BCE drives again when it is back.
        press(&state, "wm")
        #expect(state.lab.driver == .mse)
        press(&state, "B")
        #expect(state.lab.driver == .bce)
        press(&state, "m")
        #expect(state.lab.driver == .mse)
        #expect(!state.lab.commandBindings().contains { $0.action == .cycleDriver })
    }

    @Test func uPutsBackTheValuesBeforeTheFirstStep() {
        var state = labApp()
        press(&state, ">sss")
        press(&state, "u")
        #expect(state.lab.data.predictions == [0.9, 0.2, 0.6])
        #expect(state.lab.descentSteps == 0)
        #expect(!state.lab.showsDescent)
        #expect(state.lab.learningRate == 0.2)
        press(&state, "e<Enter>")
        #expect(state.lab.xhatField.text == "0.9, 0.2, 0.6")
    }

    @Test func capitalRResetsToThePresetRateAndValuesToo() {
        var state = confidentlyWrong()
        press(&state, "wp<Wait 1s>>R")
        #expect(state.lab.data.predictions == [-6])
        #expect(state.lab.learningRate == 1)
        #expect(state.lab.driver == .mse)
        #expect(!state.lab.isPlaying)
        #expect(state.lab.descentSteps == 0)
    }

    @Test func changingTheValuesStartsTheDescentAfresh() {
        var state = labApp()
        press(&state, "ss]")
        #expect(!state.lab.showsDescent)
        press(&state, "ssc")
        #expect(state.lab.showsDescent)  // MSE has no convention: c does nothing here.
        press(&state, "d")
        #expect(!state.lab.showsDescent)
        press(&state, "pe")
        #expect(!state.lab.isPlaying)
        #expect(state.lab.focus == .xhat)
        #expect(state.lab.xhatField.text == LabState.listText(state.lab.data.predictions, digits: LabState.writtenDigits))
    }

    @Test func probabilitiesAreClampedAndTheNoteSaysSo() {
        var state = labApp([.bce])
        press(&state, String(repeating: ">", count: 7) + "s")
        #expect(state.lab.learningRate == 20)
        #expect(state.lab.descent.clamped?.clamped == 3)
        #expect(state.lab.data.predictions == [1 - 1e-6, 1e-6, 1 - 1e-6])
        let note = state.lab.status(.unicode).pieces.joined(separator: " ")
        #expect(note.contains("3 x̂ᵢ were held at 1e-6 or 1 − 1e-6, inside (0, 1) where the exact gradient is finite"))
    }

    /// Lesson 7's preset: from x = 1, z = −6 at η = 1, twenty steps driven by MSE leave σ(z) below
    /// 0.01; driven by BCE it passes 0.5 (reference values from DescentTests).
    @Test func theLessonPresetShowsTheVanishingGradient() throws {
        let lesson = try #require(LessonLibrary(files: BundledLessons.files).lessons.first { $0.fileName.hasPrefix("07-") })
        let preset = try #require(lesson.directives.compactMap { directive -> LabPreset? in
            if case let .lab(p) = directive.kind, p.logits { return p } else { return nil }
        }.first)
        #expect(preset.x == [1] && preset.xhat == [-6] && preset.learningRate == 1 && preset.losses == [.mse, .bce])
        var state = AppState(width: 80, height: 24, page: .lab)
        state.labScreen = try #require(LabScreen(preset: preset, origin: .lesson(6)))
        press(&state, "p<Wait 2s>")
        #expect(state.lab.descentSteps == 20)
        let mse = Double.sigmoid(state.lab.data.predictions[0])
        #expect(abs(mse - 0.002740914412637612) < 1e-15 && mse < 0.01)
        press(&state, "uwp<Wait 2s>")
        let bce = Double.sigmoid(state.lab.data.predictions[0])
        #expect(abs(bce - 0.9275276910421874) < 1e-14 && bce > 0.5)
    }
}
