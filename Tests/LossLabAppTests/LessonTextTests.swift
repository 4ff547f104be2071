import LessonKit
import LossKit
import Testing
@testable import LossLabApp

/// The reader's kept layouts: a lesson is laid out once per width and notation, and a kept layout is
/// never handed out for another lesson, width or notation.
@Suite struct LessonTextTests {
    static func lesson(_ text: String) -> Lesson {
        LessonLibrary(files: [LessonFile(name: "01-kept.md", path: "01-kept.md", bytes: Array(text.utf8))]).lessons[0]
    }

    static let first = lesson("# Kept\n\nA first paragraph that wraps at a narrow width, x̂ and Σ included.\n\n```question\nprompt: What is 1 + 1?\nanswer: 2\n```\n")
    /// The same file name, edited: a kept layout of the first must not stand for it.
    static let edited = lesson("# Kept\n\nAnother paragraph.\n\nAnd a second one, longer than the first paragraph was, so it wraps differently.\n")

    /// The lines as `LessonLayout` gives them, and each directive's static text.
    static func expected(_ lesson: Lesson, width: Int, notation: Notation) -> ([LayoutLine], [[LayoutLine]]) {
        let layout = LessonLayout(width: width, notation: notation)
        let lines = layout.lines(lesson, title: false)
        return (lines, lines.map { line in
            if case let .directive(index, indent) = line { layout.lines(lesson.directives[index], indent: indent) } else { [] }
        })
    }

    @Test(arguments: [(30, Notation.unicode), (30, .ascii), (72, .unicode)])
    func keptLayoutsAreTheLayoutOfTheirOwnLessonWidthAndNotation(width: Int, notation: Notation) {
        for lesson in [Self.first, Self.edited, Self.first] {
            let text = LessonText.of(lesson, width: width, notation: notation)
            let (lines, directives) = Self.expected(lesson, width: width, notation: notation)
            #expect(text.lines.map(\.line) == lines)
            #expect(text.lines.map(\.directiveText) == directives)
            #expect(text.firstLines == LessonLayout(width: width, notation: notation).firstLines(lesson))
        }
    }

    @Test func theReaderShowsAnEditedLessonNotTheKeptLayoutOfTheOldOne() {
        let before = LossLabApp.render(AppState(width: 60, height: 18, lessons: [Self.first], page: .lesson(0))).lines()
        let after = LossLabApp.render(AppState(width: 60, height: 18, lessons: [Self.edited], page: .lesson(0))).lines()
        #expect(before.contains { $0.contains("A first paragraph") })
        #expect(after.contains { $0.contains("Another paragraph.") })
        #expect(!after.contains { $0.contains("A first paragraph") })
    }
}
