import Testing
@testable import LessonKit

/// `LessonReveal`: slides at headings, one block per step, a heading with the block after it, pauses in lists and quotes.
@Suite struct LessonRevealTests {
    static func lesson(_ body: String) throws -> Lesson {
        try #require(LessonParser.parse(fileName: "01-x.md", bytes: Array(("# T\n\n" + body).utf8)).lesson)
    }

    @Test func headingsStartSlidesAndComeWithTheBlockAfterThem() throws {
        let l = try Self.lesson("One.\n\nTwo.\n\n## A\n\nThree.\n\nFour.\n\n## B\n\n## C\n\nFive.\n")
        let reveal = LessonReveal(l)
        #expect(reveal.slideCount == 4)
        #expect(reveal.steps.map(\.slide) == [0, 0, 1, 1, 2, 3])
        #expect(reveal.steps.map(\.blocks) == [0..<1, 0..<2, 2..<4, 2..<5, 5..<6, 6..<8])
        #expect(reveal.slideStarts == [0, 2, 4, 5])
    }

    @Test func aPauseRevealsAQuoteInParts() throws {
        let l = try Self.lesson("> First.\n>\n> <!-- pause -->\n>\n> Second.\n>\n> Third.\n")
        let reveal = LessonReveal(l)
        #expect(reveal.steps.map(\.items) == [1, nil])
        guard case let .quote(inner) = reveal.blocks(at: 0, of: l)[0].kind else { Issue.record("not a quote"); return }
        #expect(inner.count == 1)
    }

    @Test func aLessonOfOnlyAHeadingStillHasAStep() throws {
        let reveal = LessonReveal(try Self.lesson("## Alone\n"))
        #expect(reveal.steps.count == 1 && reveal.slideCount == 1)
    }
}
