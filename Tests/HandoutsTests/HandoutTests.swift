import Foundation
import Handouts
import LessonKit
import TestSupport
import Testing

@Suite struct HandoutTests {
    static let library = LessonLibrary.bundled
    static var all: [HandoutLesson] { library.lessons.enumerated().map { HandoutLesson(number: $0 + 1, lesson: $1) } }

    /// Every inline value's computed text in `blocks`, nested blocks included.
    static func values(_ blocks: [Block]) -> [String] {
        func runs(_ runs: [InlineRun]) -> [String] { runs.filter { $0.style == .value }.map(\.text) }
        return blocks.flatMap { block -> [String] in
            switch block.kind {
            case let .heading(_, r), let .paragraph(r): return runs(r)
            case let .list(_, _, items): return items.flatMap(values)
            case let .quote(inner): return values(inner)
            case let .table(t): return (t.header + t.rows.flatMap { $0 }).flatMap(runs)
            case .code, .formula, .rule, .directive: return []
            }
        }
    }

    @Test func theHTMLOfEveryLessonIsWellFormedAndHoldsEveryInlineNumber() throws {
        let html = Handout(lessons: Self.all, answers: true, notes: true).render(.html)
        let xml = WellFormedXML()
        #expect(xml.problem(in: html) == nil)
        for item in Self.all {
            let values = Self.values(item.lesson.blocks)
            for value in values { #expect(xml.text.contains(value), "lesson \(item.number): \(value) missing") }
        }
        #expect(Self.all.flatMap { Self.values($0.lesson.blocks) }.count > 40)
        #expect(xml.elements["section"] == Self.all.count + 1)
        // One SVG per chart, each well-formed inside the page.
        let charts = Self.all.flatMap { $0.lesson.directives }.filter { if case .chart = $0.kind { true } else { false } }
        #expect(xml.elements["svg"] == charts.count)
    }

    @Test func everyAnswerAndWorkedStepIsInTheKey() throws {
        let html = Handout(lessons: Self.all, answers: true).render(.html)
        let xml = WellFormedXML()
        #expect(xml.problem(in: html) == nil)
        for item in Self.all {
            for (_, question) in item.lesson.questions {
                #expect(xml.text.contains(question.answerText()))
                if let worked = question.hint(.worked) { #expect(xml.text.contains(worked)) }
            }
        }
        let plain = Handout(lessons: Self.all).render(.html)
        let worked = Self.all.flatMap { $0.lesson.questions }.compactMap { $0.question.hint(.worked) }
        #expect(!worked.isEmpty && worked.allSatisfy { !plain.contains($0.replacingOccurrences(of: "'", with: "&#39;")) })
    }

    @Test func textFromALessonIsEscapedInHTMLAndMarkdown() throws {
        let source = """
            # Tags & "quotes" <3

            A \\<script>alert('x')\\</script> stays text, and so does a * and a `<code>` & `=mse x=1 xhat=0.5`.

            <!-- notes: Ask them what <b> does & why. -->

            ```question
            prompt: Is 1 < 2 & 3 > 2?
            option: yes <i>really</i>
            option: no
            answer: a
            hint: Compare "them".
            ```
            """
        let lesson = try #require(LessonParser.parse(fileName: "01-x.md", bytes: Array(source.utf8)).lesson)
        let handout = Handout(lessons: [HandoutLesson(number: 1, lesson: lesson)], answers: true, notes: true)
        let html = handout.render(.html)
        let xml = WellFormedXML()
        #expect(xml.problem(in: html) == nil)
        #expect(xml.elements["script"] == nil && xml.elements["b"] == nil && xml.elements["i"] == nil)
        #expect(xml.text.contains("Tags & \"quotes\" <3"))
        #expect(xml.text.contains("A <script>alert('x')</script> stays text"))
        #expect(xml.text.contains("yes <i>really</i>"))
        #expect(xml.text.contains("Is 1 < 2 & 3 > 2?"))
        #expect(xml.text.contains("Ask them what <b> does & why."))
        #expect(xml.text.contains("0.25"))
        let markdown = handout.render(.markdown)
        #expect(markdown.contains("# 1. Tags & \"quotes\" \\<3"))
        #expect(markdown.contains("A \\<script>alert('x')\\</script> stays text"))
        #expect(markdown.contains("a \\* and a `<code>`"))
    }

    @Test func speakerNotesAppearOnlyWhenAsked() throws {
        let notes = Self.all.flatMap { $0.lesson.notes }
        try #require(!notes.isEmpty, "the bundled lessons carry speaker notes")
        for format in Handout.Format.allCases {
            let student = Handout(lessons: Self.all, answers: true).render(format)
            let teacher = Handout(lessons: Self.all, notes: true).render(format)
            #expect(!student.contains("Speaker notes"), "\(format)")
            #expect(teacher.contains("Speaker notes"), "\(format)")
            for note in notes where format != .text {
                let shown = format == .html ? note.text.replacingOccurrences(of: "'", with: "&#39;") : note.text
                #expect(!student.contains(shown), "\(format): \(note.text)")
                #expect(teacher.contains(shown), "\(format): \(note.text)")
            }
        }
    }

    @Test func lessonFiveAsMarkdownMatchesItsSnapshot() {
        let lesson = Self.all[4]
        let markdown = Handout(lessons: [lesson], answers: true).render(.markdown)
        #expect(Snapshot.mismatch(markdown, named: "lesson-5-answers-markdown") == nil)
    }

    @Test func lessonFiveAsTextMatchesItsSnapshot() {
        let text = Handout(lessons: [Self.all[4]]).render(.text)
        #expect(Snapshot.mismatch(text, named: "lesson-5-text") == nil)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 72 })
    }
}
