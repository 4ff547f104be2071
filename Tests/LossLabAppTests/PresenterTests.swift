import LessonKit
import TestSupport
import Testing
@testable import LossLabApp

/// The presenter: block-by-block reveal, its keys, the notes it hands out, and its screens.
@Suite struct PresenterTests {
    /// A lesson written for these tests, so snapshots do not change when the real lessons do.
    static let source = """
        # Confident mistakes

        <!-- covers: S19 -->

        A pixel that should be white is predicted almost black.

        <!-- notes: Ask who has seen a loss of infinity. -->

        ## Two losses

        Both losses grade the same guess:

        - MSE squares the error;
        - BCE takes a logarithm.

          <!-- pause -->
        - Only BCE grows without limit.

        <!-- notes: Pause here and let them guess the two numbers. -->

        ```lab
        loss: both
        x: 1, 0
        xhat: 0.001, 0.4
        ```

        ## The curve

        ```chart
        loss: bce
        target: 1
        at: 0.1
        caption: Near x̂ = 0 the loss shoots up.
        ```

        ```question
        prompt: What does BCE charge for x = 1 and x̂ = 0.5?
        loss: bce
        x: 1
        xhat: 0.5
        answer: 0.6931
        hint: It is -log(0.5).
        ```
        """

    static var lessons: [Lesson] {
        let library = LessonLibrary(files: [LessonFile(name: "01-confident.md", path: "01-confident.md", bytes: Array(source.utf8))])
        precondition(library.diagnostics.isEmpty, "the fixture must parse: \(library.diagnostics)")
        return library.lessons
    }

    static func presenting(_ width: Int, _ height: Int, keys: String) throws -> (AppState, [Effect]) {
        var state = AppState(width: width, height: height, lessons: lessons, page: .presenter(0))
        var effects: [Effect] = []
        for step in try KeyNotation.parse(keys) {
            guard case let .event(event) = step else { continue }
            effects += LossLabApp.update(&state, event)
        }
        return (state, effects)
    }

    @Test func theLessonIsRevealedOneBlockAtATimeAndAPauseSplitsTheList() throws {
        let reveal = LessonReveal(Self.lessons[0])
        // Title slide: one paragraph. "Two losses": heading + paragraph, list to the pause, whole list, lab.
        // "The curve": heading + chart, question.
        #expect(reveal.slideCount == 3)
        #expect(reveal.steps.map(\.slide) == [0, 1, 1, 1, 1, 2, 2])
        #expect(reveal.steps.map(\.items) == [nil, nil, 2, nil, nil, nil, nil])
        #expect(reveal.notes(at: 0, of: Self.lessons[0]).map(\.text) == ["Ask who has seen a loss of infinity."])
        #expect(reveal.notes(at: 3, of: Self.lessons[0]).map(\.text) == ["Pause here and let them guess the two numbers."])
        #expect(reveal.notes(at: 4, of: Self.lessons[0]).isEmpty)
    }

    @Test func eachStepHandsOutItsNotesAndBackGoesBack() throws {
        let (state, effects) = try Self.presenting(80, 24, keys: "<Space><Right><Space><Left><BS><Space>")
        #expect(state.presenter?.step == 2)
        let places = effects.compactMap { effect -> String? in
            guard case let .notes(text) = effect else { return nil }
            return String(text.split(separator: "\n")[0])
        }
        #expect(places.map { $0.split(separator: "·").last.map(String.init) } == [
            " step 2 of 7", " step 3 of 7", " step 4 of 7", " step 3 of 7", " step 2 of 7", " step 3 of 7",
        ])
        guard case let .notes(text) = effects[2] else { Issue.record("no notes"); return }
        #expect(text.hasSuffix("\n\nPause here and let them guess the two numbers.\n"))
    }

    @Test func qAsksBeforeQuittingAndAnyOtherKeyStays() throws {
        var (state, effects) = try Self.presenting(80, 24, keys: "q")
        #expect(!effects.contains(.quit) && state.presenter?.confirmingQuit == true)
        #expect(LossLabApp.render(state).text.contains("Quit the presentation?"))
        #expect(!LossLabApp.update(&state, .key(.char("x"))).contains(.quit))
        #expect(state.presenter?.confirmingQuit == false)
        (state, effects) = try Self.presenting(80, 24, keys: "qy")
        #expect(effects.contains(.quit))
    }

    @Test func gJumpsToASlideBBlanksAndTheTimerCountsTicks() throws {
        var (state, _) = try Self.presenting(80, 24, keys: "g3<Enter>")
        #expect(state.presenter?.slide == 2 && state.presenter?.step == 5)
        (state, _) = try Self.presenting(80, 24, keys: "g9<Enter>")
        #expect(state.presenter?.step == 0)
        (state, _) = try Self.presenting(80, 24, keys: "b")
        #expect(LossLabApp.render(state).text.allSatisfy { $0 == " " || $0 == "\n" })
        (state, _) = try Self.presenting(80, 24, keys: "T<Tick><Tick><Tick>")
        #expect(state.tickInterval == .seconds(1))
        #expect(LossLabApp.render(state).text.split(separator: "\n")[0].hasSuffix("00:03"))
    }

    @Test func helpStillOpensAndEscLeavesForTheReader() throws {
        var (state, _) = try Self.presenting(80, 24, keys: "?")
        #expect(state.showsHelp)
        #expect(LossLabApp.render(state).text.contains("g N Enter"))
        (state, _) = try Self.presenting(80, 24, keys: "<Esc>")
        #expect(state.page == .lesson(0))
        #expect(!state.highContrast)
    }

    @Test(arguments: [
        ("title", "", 80, 24),
        ("list-to-the-pause", "<Space><Space>", 80, 24),
        ("list-to-the-pause", "<Space><Space>", 160, 45),
        ("big-readout", "<Space><Space><Space><Space>", 80, 24),
        ("big-readout", "<Space><Space><Space><Space>", 160, 45),
        // Too short for the whole slide: the heading stays, the older blocks give way whole.
        ("big-readout", "<Space><Space><Space><Space>", 60, 18),
        ("chart", "g3<Enter>", 80, 24),
        ("quit-asked", "<Space>q", 80, 24),
        ("lab-nudged", "<Space><Space><Space><Space>l]]]", 80, 24),
    ])
    func screens(name: String, keys: String, width: Int, height: Int) throws {
        let (state, _) = try Self.presenting(width, height, keys: keys)
        #expect(state.highContrast)
        let mismatch = Snapshot.mismatch(LossLabApp.render(state).text, named: "presenter-\(name)-\(width)x\(height)")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func lOpensTheSlidesLabWithBigReadOutsAndEscComesBack() throws {
        var (state, _) = try Self.presenting(80, 24, keys: "l")
        #expect(state.page == .presenter(0), "no lab revealed yet")
        (state, _) = try Self.presenting(80, 24, keys: "<Space><Space><Space><Space>l]")
        #expect(state.page == .lab && state.highContrast)
        #expect(state.lab.losses.map(\.shortName) == ["MSE", "BCE"])
        #expect(LossLabApp.render(state).text.contains("t back to the presenter"))
        _ = LossLabApp.update(&state, .key(.escape))
        #expect(state.page == .presenter(0) && state.presenter?.step == 4)
    }

    @Test func bigDigitsDrawEveryReadingCharacterFiveRowsTall() {
        let rows = BigDigits.rows("−0.25", ascii: true)
        #expect(rows == [
            "    ###   ### ###",
            "    # #     # #  ",
            "### # #   ### ###",
            "    # #   #     #",
            "    ### # ### ###",
        ])
        #expect(rows.count == 5 && Set(rows.map(\.count)).count == 1)
        #expect(BigDigits.rows("∞", ascii: false)[2] == "█ █ █")
        #expect(BigDigits.width("1.5e-3") == 3 + 1 + 1 + 1 + 3 + 1 + 3 + 1 + 3 + 1 + 3)
    }
}
