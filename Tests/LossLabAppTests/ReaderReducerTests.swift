import Testing
@testable import LossLabApp

extension ReaderState.Answer {
    /// The answer as typed and judged, for comparing.
    var judged: String { "\(typed) \(isRight ? "right" : "wrong")" }
}

/// Events in, reader state out: contents, scrolling, progress, widgets, questions.
@Suite struct ReaderReducerTests {
    func app(width: Int = 80, height: Int = 24) -> AppState {
        AppState(width: width, height: height, lessons: FixtureLessons.lessons)
    }

    func press(_ state: inout AppState, _ keys: String) {
        LossLabApp.run(&state, try! KeyNotation.parse(keys))
    }

    @Test func contentsOpensALessonAndMarksItStarted() {
        var state = app(height: 18)
        #expect(state.contentsCount == 5, "two lessons, Practice, the Lab and the Train screen")
        press(&state, "<Enter>")
        #expect(state.page == .lesson(0))
        #expect(state.progress == [.inProgress, .notStarted])
    }

    @Test func readToTheEndWithEveryQuestionRightIsDone() {
        var state = app(height: 18)
        press(&state, "<Enter>")
        #expect(state.progress[0] == .inProgress)
        press(&state, "<End>")
        #expect(state.course[lesson: FixtureLessons.lessons[0].slug].readToEnd)
        #expect(state.progress[0] == .inProgress, "read to the end, but the questions are not answered yet")
        #expect(state.reader!.scroll > 0)
        press(&state, "<Home><Tab><Tab><Enter>0.25<Enter><Tab><Enter>b<Enter>")
        #expect(state.progress[0] == .done)
    }

    @Test func nextPreviousAndBackToContents() {
        var state = app()
        press(&state, "<Enter>n")
        #expect(state.page == .lesson(1))
        press(&state, "p")
        #expect(state.page == .lesson(0))
        press(&state, "t")
        #expect(state.page == .contents)
        #expect(ContentsScreen.entries(state.context)[state.contentsCursor] == .lesson(0), "the lesson just left is highlighted")
    }

    @Test func enterOnTheLabPresetOpensTheLabAndEscReturns() {
        var state = app()
        press(&state, "<Enter><Tab><Enter>")
        #expect(state.page == .lab)
        #expect(state.lab.data.x == [1, 0])
        #expect(state.lab.data.predictions == [0.5, 0.5])
        #expect(state.lab.data.value(.mse) == 0.25)
        press(&state, "<Esc>")
        #expect(state.page == .lesson(0))
    }

    @Test func aNumberQuestionSaysRightOrWrong() {
        var state = app()
        press(&state, "<Enter><Tab><Tab><Enter>0.5<Enter>")
        #expect(state.reader!.answers[1]?.judged == "0.5 wrong")
        press(&state, "<Enter>0.25<Enter>")
        #expect(state.reader!.answers[1]?.judged == "0.25 right")
    }

    @Test func textThatIsNoAnswerCostsNoTryAndSaysWhatToType() {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        press(&state, "<Enter><Tab><Tab><Enter><Enter>")
        #expect(state.reader!.answers.isEmpty)
        #expect(state.reader!.answerField != nil)
        #expect(state.reader!.answerNotice == "type a number")
        #expect(state.render().text.contains("Your answer (a number):"))
        press(&state, "abc<Enter>")
        #expect(state.reader!.answers.isEmpty)
        #expect(state.render().text.contains("unknown name \"abc\""))
        press(&state, "<C-u>0.25<Enter>")
        #expect(state.reader!.answers[1]?.judged == "0.25 right")
        #expect(state.reader!.answerField == nil)
    }

    @Test func typingAnAnswerNeverTriggersCommands() {
        var state = app()
        press(&state, "<Enter><Tab><Tab><Tab><Enter>qnt")
        #expect(state.page == .lesson(0))
        #expect(state.reader!.answerField?.text == "qnt")
        press(&state, "<Esc>")
        #expect(state.reader!.answerField == nil)
        #expect(state.reader!.answers.isEmpty)
    }

    @Test func aChoiceQuestionTakesTheLetter() {
        var state = app()
        press(&state, "<Enter><Tab><Tab><Tab><Enter>b<Enter>")
        #expect(state.reader!.answers[2]?.isRight == true)
    }
}
