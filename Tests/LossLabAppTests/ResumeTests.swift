import Foundation
import LessonKit
import LossKit
import ProgressKit
import TestSupport
import Testing
@testable import LossLabApp

/// Progress that survives: every change comes out as a `.save` effect, and a new app on the saved
/// progress opens with Continue selected, the lesson at its place and the answers kept.
@Suite struct ResumeTests {
    static let lessons = FixtureLessons.lessons

    /// Plays `keys` and returns the progress changes the app asked to save.
    @discardableResult
    func play(_ state: inout AppState, _ keys: String) throws -> [ProgressChange] {
        var saved: [ProgressChange] = []
        for step in try KeyNotation.parse(keys) {
            guard case let .event(event) = step else { continue }
            for effect in LossLabApp.update(&state, event) {
                if case let .save(change) = effect { saved.append(change) }
            }
        }
        return saved
    }

    /// The progress a first run leaves: half the lesson read, the number question answered right.
    func firstRun() throws -> (course: CourseProgress, saved: [ProgressChange]) {
        var state = AppState(width: 80, height: 24, lessons: Self.lessons)
        let saved = try play(&state, "<Enter><Tab><Tab><Enter>0.5<Enter><Enter>0.25<Enter><Down><Down>q")
        return (state.course, saved)
    }

    @Test func everyChangeComesOutAsASave() throws {
        let (course, saved) = try firstRun()
        let slug = Self.lessons[0].slug
        let key = QuestionProgress.key(prompt: "What is the MSE of x = 1, 0 and x̂ = 0.5, 0.5?")
        #expect(saved.contains { if case .position(slug, _) = $0 { true } else { false } }, "opening the lesson saves the place")
        #expect(saved.contains(.question(lesson: slug, key: key, QuestionProgress(tries: 1, lastAnswer: "0.5"))))
        #expect(saved.contains(.question(lesson: slug, key: key, QuestionProgress(tries: 2, answeredRight: true, lastAnswer: "0.25"))))
        // Applying the saved changes, in order, to an empty file gives the progress the app holds.
        var replayed = CourseProgress()
        for change in saved { change.apply(to: &replayed) }
        #expect(replayed == course)
        #expect(course.lastLesson == slug)
        #expect(course[lesson: slug].position != nil)
    }

    @Test func quittingSavesThePlaceBeforeItQuits() throws {
        var state = AppState(width: 60, height: 18, lessons: Self.lessons)
        #expect(try play(&state, "<Enter>").contains { if case .position = $0 { true } else { false } }, "opening saves the place")
        #expect(try play(&state, "jjj").isEmpty, "scrolling alone writes nothing")
        let effects = LossLabApp.update(&state, .key(.char("q")))
        guard case let .save(.position(_, anchor)) = effects.first else { Issue.record("no position saved: \(effects)"); return }
        #expect(effects.last == .quit)
        #expect(anchor.block > 0, "one line down, the block at the top is no longer the first")
    }

    @Test func aNewRunOffersToContinueWithTheAnswerKept() throws {
        let (course, _) = try firstRun()
        var state = AppState(width: 80, height: 24, lessons: Self.lessons, course: course)
        #expect(state.continueLesson == 0)
        #expect(ContentsScreen.entries(state.context)[state.contentsCursor] == .resume(0), "Continue is selected")
        let mismatch = Snapshot.mismatch(LossLabApp.render(state).text, named: "contents-continue-80x24")
        #expect(mismatch == nil, "\(mismatch ?? "")")
        try play(&state, "<Enter>")
        #expect(state.page == .lesson(0))
        #expect(state.reader!.answers[1]?.judged == "0.25 right", "the answer is shown again")
        #expect(state.render().text.contains("✓ Right: 0.25"))
    }

    @Test func aLongLessonReopensAtItsPlace() throws {
        let lessons = LessonLibrary(files: BundledLessons.files).lessons
        var first = AppState(width: 80, height: 24, lessons: lessons)
        try play(&first, "<Down><Enter><Space><Space>j")
        let scroll = first.reader!.scroll
        try play(&first, "q")
        var next = AppState(width: 80, height: 24, lessons: lessons, course: first.course)
        #expect(next.render().text.contains("Continue: 2. Mean Squared Error ("))
        try play(&next, "<Enter>")
        #expect(next.page == .lesson(1))
        #expect(next.reader!.scroll >= scroll && next.reader!.scroll < scroll + 22, "back at the first block that started on screen")
        #expect(next.render().lines().dropFirst().prefix(4).contains(where: first.render().lines()[1..<23].contains),
                "the text at the top was on screen when the learner left")
        // At another width the same block comes back, laid out anew.
        var narrow = AppState(width: 60, height: 18, lessons: lessons, course: first.course)
        try play(&narrow, "<Enter>")
        #expect(narrow.reader!.anchor(narrow.context) == first.course[lesson: lessons[1].slug].position)
    }

    @Test func doneLessonsAreMarkedAndTheCourseBarCounts() throws {
        var course = CourseProgress()
        let first = Self.lessons[0]
        course[lesson: first.slug] = ProgressKit.LessonProgress(readToEnd: true, questions: Dictionary(uniqueKeysWithValues:
            first.questions.map { (QuestionProgress.key(prompt: $0.question.prompt), QuestionProgress(tries: 1, answeredRight: true)) }))
        course.lastLesson = first.slug
        let state = AppState(width: 80, height: 24, lessons: Self.lessons, course: course)
        #expect(state.progress == [.done, .notStarted])
        #expect(state.continueLesson == 1, "the lesson last read is done: the next one is offered")
        let text = state.render().text
        #expect(text.contains("✓ 2/2"))
        #expect(text.contains("Course: 1 of 2 lessons done"))
        #expect(text.contains("Continue: 2. A chart (0%)"))
    }

    @Test func noticesAreSaidOnTheContentsPageUntilAnotherPageOpens() throws {
        var state = AppState(width: 80, height: 24, lessons: Self.lessons,
                             notices: ["Progress will not be saved this time: cannot create /ro/losslab (Permission denied)."])
        #expect(state.render().text.contains("Progress will not be saved this time"))
        try play(&state, "<Enter>t")
        #expect(!state.render().text.contains("Progress will not be saved"))
    }

    @Test func theLabComesBackWithItsValues() throws {
        var state = AppState(width: 80, height: 24, lessons: Self.lessons)
        let saved = try play(&state, "l<Tab><Tab><C-u>0.5, 0.25, 0.75<Enter>t")
        guard case let .lab(values)? = saved.last else { Issue.record("no Lab values saved: \(saved)"); return }
        #expect(values.x == "1, 0, 1" && values.xhat == "0.5, 0.25, 0.75")
        let next = AppState(width: 80, height: 24, lessons: Self.lessons, course: state.course)
        #expect(next.lab.data.predictions == [0.5, 0.25, 0.75])
    }

    /// Logit mode, the precision and the image shape come back too; a file from before they were
    /// kept reads as their defaults.
    @Test func theLabComesBackInLogitModeWithItsPrecisionAndShape() throws {
        let input = try LossInput(x: [1, 0, 1, 0], xhat: [-6, 2, 0.5, -1], losses: [.bce], logits: true)
        var lab = LabState(input: input, losses: [.bce], precision: .float32, logits: true)
        lab.shape = ImageShape(rows: 2, columns: 2)
        let values = lab.savedValues
        #expect(values.logits == true && values.precision == "float32" && values.shape == "2x2")
        let back = try #require(LabState(saved: values))
        #expect(back.logits && back.precision == .float32 && back.shape == lab.shape)
        #expect(back.xhatField.text == lab.xhatField.text)
        #expect(back.data.value(.bce) == lab.data.value(.bce))

        let older = #"{"x":"1, 0","xhat":"0.5, 0.5","losses":["bce"],"convention":"exact","reduction":"mean"}"#
        let decoded = try JSONDecoder().decode(LabValues.self, from: Data(older.utf8))
        #expect(decoded == LabValues(x: "1, 0", xhat: "0.5, 0.5", losses: ["bce"], convention: "exact", reduction: "mean"))
        let plain = try #require(LabState(saved: decoded))
        #expect(!plain.logits && plain.precision == .float64 && plain.shape == nil)
    }
}
