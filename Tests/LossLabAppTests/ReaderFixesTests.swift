import LessonKit
import Testing
@testable import LossLabApp

/// The reader as a student meets it: the widget Enter acts on, options by arrows, answers that stay,
/// the place kept across a resize, the position, the end of a lesson, charts that grow.
@Suite struct ReaderFixesTests {
    func press(_ state: inout AppState, _ keys: String) {
        LossLabApp.run(&state, try! KeyNotation.parse(keys))
    }

    /// A question, a long stretch of text, then a lab.
    static let long: [Lesson] = {
        let text = """
            # Far apart

            ```question
            prompt: Which loss suits pixels that are 0 or 1?
            option: MSE only
            option: BCE
            answer: b
            hint: Think of probabilities.
            ```

            \((1...40).map { "Line \($0) of the filler." }.joined(separator: "\n\n"))

            ```lab
            loss: mse
            x: 1, 0
            xhat: 0.5, 0.5
            ```
            """
        return LessonLibrary(files: [LessonFile(name: "01-far.md", path: "01-far.md", bytes: Array(text.utf8))]).lessons
    }()

    @Test func enterActsOnTheWidgetOnScreenNotTheFocusedOneScrolledAway() {
        var state = AppState(width: 80, height: 24, lessons: Self.long)
        press(&state, "<Enter><Tab>")
        #expect(state.reader!.focusedWidget == 0)
        press(&state, "<End><Enter>")
        #expect(state.page == .lab, "the lab on screen opens, not the question scrolled away")
        press(&state, "<Esc><Home><Enter>")
        #expect(state.reader!.answerField != nil, "back at the top, Enter answers the question")
    }

    @Test func arrowsPickAnOption() {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        press(&state, "<Enter><Tab><Tab><Tab><Enter><Down>")
        #expect(state.reader!.answerField?.text == "a")
        press(&state, "<Down><Down>")
        #expect(state.reader!.answerField?.text == "b", "the last option stays picked")
        press(&state, "<Up><Enter>")
        #expect(state.reader!.answers[2]?.typed == "a" && state.reader!.answers[2]?.isRight == false)
        press(&state, "<Enter><Up><Enter>")
        #expect(state.reader!.answers[2]?.isRight == true, "Up from nothing picks the last option")
    }

    @Test func answersStayWhenTheStudentLeavesAndComesBack() {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        press(&state, "<Enter><Tab><Tab><Enter>0.5<Enter>")
        let answered = state.reader!
        press(&state, "np")
        #expect(state.reader!.answers == answered.answers)
        press(&state, "t<Enter>")
        #expect(state.reader!.answers == answered.answers)
        #expect(state.render().text.contains("✗ Not quite (\"0.5\")"))
        press(&state, "<Enter>0.2<Tab>l")
        #expect(state.page == .lesson(0), "typing goes to the field")
        press(&state, "<Esc>t<Enter>")
        #expect(state.reader!.answerField == nil, "a half-typed answer is dropped on leaving")
    }

    @Test func aResizeKeepsTheSameWordsAtTheTop() {
        let lessons = LessonReadabilityTests.lessons
        var state = AppState(width: 120, height: 40, lessons: lessons)
        state.open(.lesson(1))
        press(&state, "<PgDn><PgDn>")
        let top = state.render().lines()[1].trimmingCharacters(in: .whitespaces)
        let words = top.split(separator: " ").prefix(3).joined(separator: " ")
        #expect(!words.isEmpty)
        for size in ["80x24", "60x18", "100x30", "120x40"] {
            press(&state, "<Resize \(size)>")
            let text = state.render().lines().prefix(4).joined(separator: " ")
            #expect(text.contains(words), "at \(size) the top still reads \"\(words)\"")
        }
    }

    @Test func spaceAndBPageDownAndUp() {
        var state = AppState(width: 80, height: 24, lessons: Self.long)
        press(&state, "<Enter><Space><Space>")
        #expect(state.reader!.scroll == 40)
        press(&state, "b")
        #expect(state.reader!.scroll == 20)
        press(&state, "<PgUp>")
        #expect(state.reader!.scroll == 0)
    }

    @Test func aResizeThroughATooSmallScreenKeepsTheLessonInView() {
        var state = AppState(width: 80, height: 24, lessons: Self.long)
        press(&state, "<Enter><End><Resize 30x10><Resize 120x40>")
        let doc = state.reader!.document(state.context)
        #expect(state.reader!.scroll == doc.height - state.body.height, "still at the end, no blank rows below it")
        #expect(state.render().text.contains("end of lesson 1"))
    }

    @Test func theTitleBarShowsHowFarThroughTheLessonTheScreenIs() {
        var state = AppState(width: 80, height: 24, lessons: Self.long)
        press(&state, "<Enter>")
        let first = state.render().lines()[0]
        #expect(first.hasSuffix("% "))
        #expect(!first.contains("100%"))
        press(&state, "<End>")
        #expect(state.render().lines()[0].hasSuffix("100% "))
    }

    @Test func theEndOfALessonSaysWhereNextLeads() {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        press(&state, "<Enter><End>")
        #expect(state.render().text.contains("— end of lesson 1 —  n: next lesson   t: contents"))
        press(&state, "n<End>")
        #expect(state.render().text.contains("— end of lesson 2 —  n or t: contents"))
    }

    @Test func chartsGrowWithTheTerminal() {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        press(&state, "<Down><Enter>")
        let small = state.reader!.document(state.context).chartRows
        press(&state, "<Resize 120x40>")
        let large = state.reader!.document(state.context).chartRows
        #expect(small == 16 && large == 24)
    }

    @Test func theFocusedWidgetHasOneMarkNotADoubledPointer() {
        var state = AppState(width: 80, height: 24, lessons: LessonReadabilityTests.lessons)
        state.open(.lesson(5))
        while state.reader!.focusedWidget == nil || !state.render().text.contains("┃ ▶ Lab") { press(&state, "<Tab>") }
        let text = state.render().text
        #expect(!text.contains("▶ ▶"))
        #expect(!state.render().lines().contains { $0.hasPrefix("▶") })
    }
}
