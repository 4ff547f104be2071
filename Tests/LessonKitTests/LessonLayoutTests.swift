import CellGrid
import LossKit
import TestSupport
import Testing
@testable import LessonKit

/// Laying lessons out at a width: wrapping, lists, tables, slots and ASCII mode.
@Suite struct LessonLayoutTests {
    static func text(_ lines: [LayoutLine]) -> String {
        lines.map(\.plainText).joined(separator: "\n") + "\n"
    }

    /// A lesson using every kind of block.
    static let sample: Lesson = {
        let text = """
            # Every block

            <!-- covers: S1 -->

            Plain, *emphasis*, **strong**, `code`, a [link](http://example.com), and `=mse x=2 xhat=0 reduction=sum`.\\
            After a hard break: averyveryverylongwordthatcannotfitanywhere.

            ## A list

            - first item with enough words to wrap around the line
            - second item

              ```lab
              loss: mse
              x: 1
              xhat: 0.5
              ```
            3. not a new list

            7. seven
            8. eight

            > A quoted line with x̂ᵢ.

            ```formula
            L(x, x̂) = (1/n) Σᵢ (xᵢ − x̂ᵢ)²
            ```

            ```text
            code	with a tab
            ```

            | left | centre | right |
            |:--|:-:|--:|
            | a | b | c |
            | x̂ | 日本 | 0.25 |

            ---

            ```chart
            losses: mse
            target: 0.5
            ```
            """
        return LessonParser.parse(fileName: "01-every-block.md", bytes: Array(text.utf8)).lesson!
    }()

    @Test(arguments: [(80, Notation.unicode, "every-block-80"), (24, .unicode, "every-block-24"), (24, .ascii, "every-block-24-ascii"),
                      (12, .unicode, "every-block-12")])
    func everyBlockSnapshots(width: Int, notation: Notation, name: String) {
        let lines = LessonLayout(width: width, notation: notation).lines(Self.sample)
        #expect(lines.allSatisfy { $0.width <= width })
        if let problem = Snapshot.mismatch(Self.text(lines), named: name) { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: [(80, Notation.unicode, "first-lesson-80"), (40, .unicode, "first-lesson-40"), (40, .ascii, "first-lesson-40-ascii")])
    func firstLessonSnapshots(width: Int, notation: Notation, name: String) throws {
        let lesson = try #require(LessonLibrary.bundled.lessons.first)
        let lines = LessonLayout(width: width, notation: notation).lines(lesson)
        #expect(lines.allSatisfy { $0.width <= width })
        if let problem = Snapshot.mismatch(Self.text(lines), named: name) { Issue.record(Comment(rawValue: problem)) }
    }

    @Test func rolesOfSpans() {
        let lines = LessonLayout(width: 200).lines(Self.sample)
        guard case let .text(title) = lines[0], case let .text(paragraph) = lines[2] else {
            Issue.record("unexpected lines")
            return
        }
        #expect(title == [StyledSpan("Every block", .title)])
        #expect(paragraph == [
            StyledSpan("Plain, ", .body), StyledSpan("emphasis", .emphasis), StyledSpan(", ", .body), StyledSpan("strong", .strong),
            StyledSpan(", ", .body), StyledSpan("code", .code), StyledSpan(", a ", .body), StyledSpan("link", .link),
            StyledSpan(", and ", .body), StyledSpan("4", .value), StyledSpan(".", .body),
        ])
    }

    @Test func directiveSlotsKeepTheirIndent() {
        let slots = LessonLayout(width: 40).lines(Self.sample).compactMap { line -> [Int]? in
            if case let .directive(index, indent) = line { return [index, indent] }
            return nil
        }
        #expect(slots == [[0, 2], [1, 0]])
    }

    @Test func everyBundledLessonFitsEveryWidth() {
        for lesson in LessonLibrary.bundled.lessons {
            for width in [1, 2, 5, 10, 17, 30, 45, 80, 131] {
                for notation in [Notation.unicode, .ascii] {
                    let lines = LessonLayout(width: width, notation: notation).lines(lesson)
                    #expect(lines.allSatisfy { $0.width <= width }, "\(lesson.fileName) at \(width)")
                }
            }
        }
    }

    @Test func wrapperBreaksAtSpacesAndInsideLongWords() {
        let lines = TextWrapper(width: 6).lines([StyledSpan("ab cd ", .body), StyledSpan("efghijklmn", .strong)])
        #expect(lines == [
            [StyledSpan("ab cd", .body)], [StyledSpan("efghij", .strong)], [StyledSpan("klmn", .strong)],
        ])
        #expect(TextWrapper(width: 3).lines([]) == [[]])
        #expect(TextWrapper(width: 4).preformattedLines("日本語", hang: 0) == ["日本", "語"])
        #expect(TextWrapper(width: 10).preformattedLines("a  =  b + c + d", hang: 2) == ["a  =  b +", "  c + d"])
    }
}
