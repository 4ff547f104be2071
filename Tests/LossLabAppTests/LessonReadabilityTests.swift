import LessonKit
import LossKit
import ProgressKit
import Testing
@testable import LossLabApp

/// At 80×24 every hint, explanation and caption of every bundled lesson can be read in full on
/// some screen: questions answered wrong then right, captions found while scrolling.
@Suite struct LessonReadabilityTests {
    static let lessons = LessonLibrary(files: BundledLessons.files).lessons

    /// The screen's text with the margins, focus bars and line breaks taken out, so wrapped text reads as one line.
    func flattened(_ state: AppState) -> String {
        Self.normalized(state.render().lines().dropFirst().dropLast().map {
            $0.trimmingCharacters(in: .whitespaces).drop { $0 == "┃" }
        }.joined(separator: " "))
    }

    /// `text` with runs of spaces made one.
    static func normalized(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A wrong and the right answer to `question`, as a student would type them.
    func answers(_ question: Question) -> (wrong: String, right: String) {
        switch question.answer {
        case let .number(computation, tolerance):
            return (LabState.fieldNumber(computation.value + 10 * tolerance + 1), LabState.fieldNumber(computation.value))
        case let .choice(options, correct):
            return (Question.letter((correct + 1) % options.count), Question.letter(correct))
        }
    }

    @Test(arguments: 0..<9)
    func everyFeedbackIsReadableInFull(_ k: Int) throws {
        var state = AppState(width: 80, height: 24, lessons: Self.lessons)
        state.open(.lesson(k))
        let lesson = Self.lessons[k]
        for (index, directive) in lesson.directives.enumerated() {
            guard case let .question(question) = directive.kind else { continue }
            while state.reader?.focusedWidget != index { _ = LossLabApp.update(&state, .key(.tab)) }
            let (wrong, right) = answers(question)
            LossLabApp.run(&state, try KeyNotation.parse("<Enter>\(wrong)<Enter>"))
            #expect(state.reader?.answers[index]?.isRight == false)
            #expect(flattened(state).contains("✗ Not quite (\"\(wrong)\")"), "lesson \(k + 1), question \(index): verdict cut")
            // Each tier of hints in turn, then the answer, each readable in full when it appears.
            for (tier, hint) in question.hints().enumerated() {
                LossLabApp.run(&state, try KeyNotation.parse("h"))
                #expect(flattened(state).contains("Hint \(tier + 1) ("), "lesson \(k + 1), question \(index): tier \(tier + 1) missing")
                #expect(flattened(state).contains(Self.normalized(hint)), "lesson \(k + 1), question \(index): hint \(tier + 1) cut")
            }
            LossLabApp.run(&state, try KeyNotation.parse("h"))
            #expect(flattened(state).contains(Self.normalized("The answer: \(question.answerText())")),
                    "lesson \(k + 1), question \(index): shown answer cut")
            let record = state.course[lesson: lesson.slug].questions[QuestionProgress.key(prompt: question.prompt)]
            #expect(record?.hintsUsed == question.hints().count && record?.answerShown == true && record?.tries == 1)
            LossLabApp.run(&state, try KeyNotation.parse("<Enter>\(right)<Enter>"))
            #expect(state.reader?.answers[index]?.isRight == true)
            let explanation = question.explanation.map { ". " + $0 } ?? ""
            #expect(flattened(state).contains(Self.normalized("✓ Right: \(question.answerText())\(explanation)")),
                    "lesson \(k + 1), question \(index): explanation cut")
        }
    }

    @Test(arguments: 0..<9)
    func everyCaptionIsReadableInFull(_ k: Int) {
        var state = AppState(width: 80, height: 24, lessons: Self.lessons)
        state.open(.lesson(k))
        // Half a screen at a time: every caption shorter than that is whole on some screen.
        var screens: [String] = []
        repeat {
            screens.append(flattened(state))
            state.readers[k]!.scroll += state.body.height / 2
        } while !screens.last!.contains("end of lesson")
        for directive in Self.lessons[k].directives {
            let caption: String?
            switch directive.kind {
            case let .chart(spec): caption = spec.caption
            case let .lab(preset): caption = preset.caption
            case let .train(preset): caption = preset.caption
            case .question: caption = nil
            }
            guard let caption else { continue }
            #expect(screens.contains { $0.contains(Self.normalized(caption)) }, "lesson \(k + 1): caption cut: \(caption)")
        }
    }
}
