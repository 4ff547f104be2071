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

/// Block structure, headings, HTML and tables as cmark-gfm reads them.
@Suite struct MarkdownStructureTests {
    @Test func listsQuotesTablesAndRules() throws {
        let (lesson, diagnostics) = LessonParserTests.parse("""
            # T
            <!-- covers: B1 -->

            ## Part

            1. one
            2. two

            > quoted

            | a | b |
            |:-:|--:|
            | 1 | **2** |
            | 3 |

            ***
            """)
        #expect(diagnostics.isEmpty)
        let blocks = try #require(lesson).blocks
        #expect(blocks.map(\.line) == [4, 6, 9, 11, 16])
        #expect(blocks[0].kind == .heading(level: 2, [InlineRun("Part")]))
        #expect(blocks[1].kind == .list(ordered: true, start: 1, items: [
            [Block(.paragraph([InlineRun("one")]), line: 6)], [Block(.paragraph([InlineRun("two")]), line: 7)],
        ]))
        #expect(blocks[2].kind == .quote([Block(.paragraph([InlineRun("quoted")]), line: 9)]))
        #expect(blocks[3].kind == .table(Table(alignments: [.center, .right], header: [[InlineRun("a")], [InlineRun("b")]],
                                              rows: [[[InlineRun("1")], [InlineRun("2", .strong)]], [[InlineRun("3")], []]])))
        #expect(blocks[4].kind == .rule)
    }

    @Test func secondTitleAndRawHTMLAreReported() {
        let (lesson, diagnostics) = LessonParserTests.parse("# One\n\n# Two\n\n<div>raw</div>\n\nText <b>bold</b>.\n")
        #expect(lesson?.title == "One")
        #expect(lesson?.blocks.first?.kind == .heading(level: 2, [InlineRun("Two")]))
        #expect(lesson?.blocks.last?.kind == .paragraph([InlineRun("Text bold.")]))
        #expect(diagnostics.map(\.description) == [
            "01-test.md:3: a second level-1 heading; a lesson has one title, so use ## for sections",
            "01-test.md:5: HTML is not shown in the terminal; write Markdown instead",
            "01-test.md:7: HTML is not shown in the terminal; write Markdown instead",
            "01-test.md:7: HTML is not shown in the terminal; write Markdown instead",
        ])
    }

    @Test func brokenDirectiveStaysVisibleAsCode() {
        let (lesson, diagnostics) = LessonParserTests.parse("# T\n\n```chart\nlosses: mse\n```\n")
        #expect(lesson?.directives == [])
        #expect(lesson?.blocks == [Block(.code("losses: mse"), line: 3)])
        #expect(diagnostics.map(\.description) == ["01-test.md:3: chart: missing field \"target\""])
    }

    @Test func formulaBlockKeepsItsLines() {
        let (lesson, _) = LessonParserTests.parse("# T\n\n```formula\na = b\nc = d\n```\n")
        #expect(lesson?.blocks == [Block(.formula(["a = b", "c = d"]), line: 3)])
    }

    @Test func titleFromEmphasisedHeading() {
        #expect(LessonParserTests.parse("# The *x̂* story\n\nText.").lesson?.title == "The x̂ story")
    }

    /// Found by `scripts/fuzz.sh lessons`: a tab in the title reached `lessons list` and the title bar.
    @Test func aTabInTheTitleBecomesASpace() {
        #expect(LessonParserTests.parse("# How a l\ts *pushes*\n\nText.").lesson?.title == "How a l s pushes")
    }
}

extension LessonParserTests {
    /// Each block's place for a saved position: the heading above it and its plain words.
    @Test func placesOfTheBlocks() {
        let source = "# T\n\nIntro *text*.\n\n## Averaging\n\nThe `mean`.\n\n- one\n- two\n\n```text\ncode\n```\n"
        let (lesson, problems) = Self.parse(source)
        #expect(problems.isEmpty)
        #expect(lesson?.places == [
            Lesson.Place(heading: nil, text: "Intro text."),
            Lesson.Place(heading: "Averaging", text: "Averaging"),
            Lesson.Place(heading: "Averaging", text: "The mean."),
            Lesson.Place(heading: "Averaging", text: "one\ntwo"),
            Lesson.Place(heading: "Averaging", text: "code"),
        ])
    }
}
