import LossKit
import Testing
@testable import LessonKit

/// Parsing Markdown into the lesson model.
@Suite struct LessonParserTests {
    static func parse(_ text: String, file: String = "01-test.md") -> (lesson: Lesson?, diagnostics: [Diagnostic]) {
        LessonParser.parse(fileName: file, bytes: Array(text.utf8))
    }

    @Test func titleParagraphsAndCoverage() throws {
        let (lesson, diagnostics) = Self.parse("""
            # Mean Squared Error
            <!-- covers: S5, S6 -->

            Some *soft* and **bold** text with `code`.
            Second line.
            """)
        #expect(diagnostics.isEmpty)
        let l = try #require(lesson)
        #expect(l.title == "Mean Squared Error")
        #expect(l.coverage.map(\.point.description) == ["S5", "S6"])
        #expect(l.coverage.map(\.line) == [2, 2])
        #expect(l.blocks == [Block(.paragraph([
            InlineRun("Some "), InlineRun("soft", .emphasis), InlineRun(" and "), InlineRun("bold", .strong),
            InlineRun(" text with "), InlineRun("code", .code), InlineRun(". Second line."),
        ]), line: 4)])
    }
}
