import Testing
@testable import LossLabApp

/// Ticks and the notation for time: `<Tick>` and `<Wait 100ms>`.
@Suite struct TimeTests {
    @Test func waitsReadMillisecondsAndSeconds() throws {
        #expect(try KeyNotation.parse("<Wait 100ms><wait 2s><Wait 1.5s><Tick>")
            == [.wait(.milliseconds(100)), .wait(.seconds(2)), .wait(.milliseconds(1500)), .event(.tick)])
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<Wait soon>") }
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<Wait -1s>") }
    }

    @Test func aWaitIsTheTicksThatFitAtTheScreensInterval() {
        let wait = KeyNotation.Step.wait(.milliseconds(100))
        #expect(wait.ticks(at: .milliseconds(25)) == 4)
        #expect(wait.ticks(at: .milliseconds(30)) == 3)
        #expect(wait.ticks(at: nil) == 0, "a still screen gets no ticks")
        #expect(KeyNotation.Step.event(.tick).ticks(at: .milliseconds(10)) == 0)
    }

    @Test func stillScreensAskForNoTicksAndATickChangesNothing() throws {
        for keys in ["", "<Enter>", "l", "l<Space>", "?"] {
            var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
            LossLabApp.run(&state, try KeyNotation.parse(keys))
            #expect(state.tickInterval == nil)
            let before = state
            LossLabApp.run(&state, try KeyNotation.parse("<Tick><Wait 1s>"))
            #expect(state == before)
        }
    }
}
