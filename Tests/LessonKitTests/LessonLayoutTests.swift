import LossKit
import TestSupport
import Testing
@testable import LessonKit

/// Laying lessons out at a width: wrapping, lists, tables, slots and ASCII mode.
@Suite struct LessonLayoutTests {
    static func text(_ lines: [LayoutLine]) -> String {
        lines.map(\.plainText).joined(separator: "\n") + "\n"
    }

    @Test(arguments: [(80, Notation.unicode, "first-lesson-80"), (40, .unicode, "first-lesson-40"), (40, .ascii, "first-lesson-40-ascii")])
    func firstLessonSnapshots(width: Int, notation: Notation, name: String) throws {
        let lesson = try #require(LessonLibrary.bundled.lessons.first)
        let lines = LessonLayout(width: width, notation: notation).lines(lesson)
        #expect(lines.allSatisfy { $0.width <= width })
        if let problem = Snapshot.mismatch(Self.text(lines), named: name) { Issue.record(Comment(rawValue: problem)) }
    }
}
