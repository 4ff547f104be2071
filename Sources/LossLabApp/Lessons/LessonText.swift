import LessonKit
import LossKit
import Synchronization

/// A lesson's text laid out at one width and notation, with what the reader measures of it.
///
/// It depends on the lesson, the width and the notation only (not on the answers or the progress),
/// and laying a long lesson out is most of the reader's work: every key used to lay the open lesson
/// out two to four times, and opening or leaving it three more. `LessonText.of` keeps the last few
/// layouts, so a lesson is laid out once per width and notation.
struct LessonText: Sendable {
    /// One line of `LessonLayout.lines(lesson, title: false)` and the number of visible characters
    /// (spaces not counted) it holds; a directive's slot holds its static text.
    struct Line: Sendable {
        let line: LayoutLine
        /// A directive's static text (`LessonLayout.lines(directive, indent:)`); empty for text.
        let directiveText: [LayoutLine]
        let weight: Int
    }

    let layout: LessonLayout
    let lines: [Line]
    /// The first line of each block (`LessonLayout.firstLines`).
    let firstLines: [Int]

    /// Lays `lesson` out with `layout`.
    init(_ lesson: Lesson, layout: LessonLayout) {
        self.layout = layout
        lines = layout.lines(lesson, title: false).map { line in
            switch line {
            case let .text(spans):
                return Line(line: line, directiveText: [], weight: Self.weight(spans))
            case let .directive(index, indent):
                let text = layout.lines(lesson.directives[index], indent: indent)
                let weight = text.reduce(0) { if case let .text(spans) = $1 { $0 + Self.weight(spans) } else { $0 } }
                return Line(line: line, directiveText: text, weight: weight)
            }
        }
        firstLines = layout.firstLines(lesson)
    }

    /// `lesson` laid out `width` columns wide in `notation`: a recent layout when there is one.
    static func of(_ lesson: Lesson, width: Int, notation: Notation) -> LessonText {
        let layout = LessonLayout(width: width, notation: notation)
        let found = recent.withLock { entries in
            entries.first { $0.text.layout.width == layout.width && $0.text.layout.notation == notation && $0.lesson == lesson }?.text
        }
        if let found { return found }
        let text = LessonText(lesson, layout: layout)
        recent.withLock { entries in
            entries = [(lesson, text)] + entries.prefix(capacity - 1)
        }
        return text
    }

    /// How many layouts are kept: a lesson at the two notations, and a neighbour or two.
    private static let capacity = 4
    private static let recent = Mutex<[(lesson: Lesson, text: LessonText)]>([])

    /// The number of characters in spans that are not spaces.
    private static func weight(_ spans: [StyledSpan]) -> Int {
        spans.reduce(0) { $0 + $1.text.unicodeScalars.count { !$0.properties.isWhitespace } }
    }
}
