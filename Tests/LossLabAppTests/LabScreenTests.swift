import Testing
@testable import LossLabApp

/// The Lab's screen keys: nudging by arrows and + -, resetting to the preset, its task, the way back.
@Suite struct LabScreenTests {
    func press(_ state: inout AppState, _ keys: String) {
        LossLabApp.run(&state, try! KeyNotation.parse(keys))
    }

    @Test func arrowsAndPlusMinusNudgeLikeBrackets() {
        var state = AppState(width: 80, height: 24, page: .lab)
        press(&state, "<Right>")
        #expect(state.lab.data.predictions[0] == 0.91)
        press(&state, "<Left><Left>")
        #expect(state.lab.data.predictions[0] == 0.89)
        press(&state, "++-")
        #expect(state.lab.data.predictions[0] == 0.9)
    }

    @Test func rResetsTheLabToThePresetItCameFrom() {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        press(&state, "<Enter><Tab><Enter>]]]bd<Space>")
        #expect(state.lab.data.predictions == [0.53, 0.5])
        press(&state, "R")
        guard case let .lab(preset) = FixtureLessons.lessons[0].directives[0].kind else { Issue.record("no preset"); return }
        #expect(state.lab == LabScreen(preset: preset, origin: .lesson(0))!.lab)
        #expect(state.lab.data.predictions == [0.5, 0.5])
        #expect(state.lab.losses == [.mse] && state.lab.revealed == nil)
    }

    @Test func rFromTheContentsGoesBackToTheExample() {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        press(&state, "l]]<Down>}R")
        #expect(state.lab == LabState.example)
    }

    @Test func thePresetsTaskStaysVisibleAndTSaysWhereItGoes() {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        press(&state, "<Enter><Tab><Enter>")
        var text = state.render().text
        #expect(text.contains("Task: Nudge x̂₁ towards 1."))
        #expect(state.render().lines().last!.contains("t back to lesson 1"))
        press(&state, "]]<Space><Space>")
        text = state.render().text
        #expect(text.contains("Task: Nudge x̂₁ towards 1."))
        press(&state, "t")
        #expect(state.page == .lesson(0))
        press(&state, "tl")
        #expect(state.render().lines().last!.contains("t contents"))
        press(&state, "<Esc>")
        #expect(state.page == .contents)
    }
}
