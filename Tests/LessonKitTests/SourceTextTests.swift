import Foundation
import Testing
@testable import LessonKit

/// Untrusted bytes become safe text: no control characters or escape sequences, valid UTF-8.
@Suite struct SourceTextTests {
    static func clean(_ bytes: [UInt8]) -> (text: String, lines: [Int]) {
        let s = SourceText(bytes: bytes)
        return (s.text, s.problems.items.map(\.line))
    }

    @Test func plainTextPassesUnchanged() {
        let text = "# Title\n\nx̂ and Σᵢ, tabs\tstay.\n"
        #expect(Self.clean(Array(text.utf8)) == (text, []))
    }

    @Test func escapeSequencesAreRemovedWhole() {
        let input = "a\u{1B}[31mred\u{1B}[0m\nb\u{1B}]0;title\u{07}c\n\u{1B}(Bd\n\u{1B}]8;;http://x\u{1B}\\e"
        #expect(Self.clean(Array(input.utf8)) == ("ared\nbc\nd\ne", [1, 2, 3, 4]))
    }

    @Test func controlCharactersAreRemovedAndReportedOncePerLine() {
        let input = "a\u{07}\u{08}b\r\nc\u{7F}d\u{85}e\u{202E}f"
        #expect(Self.clean(Array(input.utf8)) == ("ab\ncdef", [1, 2]))
    }

    @Test func windowsLineEndingsReadLikeUnixOnes() {
        let unix = "# T\n\n<!-- covers: S1 -->\n\n```lab\nloss: mse\nx: 1\nxhat: 0.5\n```\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        let a = LessonParser.parse(fileName: "01-t.md", bytes: Array(unix.utf8))
        let b = LessonParser.parse(fileName: "01-t.md", bytes: Array(windows.utf8))
        #expect(a.lesson != nil && a.lesson == b.lesson)
        #expect(b.diagnostics.isEmpty)
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        #expect(Self.clean([0x61, 0x0A, 0xE9, 0x62, 0xFF]) == ("a\n\u{FFFD}b\u{FFFD}", [2]))
    }

    @Test func escapeCutShortAtTheEndIsDropped() {
        #expect(Self.clean(Array("ok\u{1B}[12".utf8)) == ("ok", [1]))
    }

    @Test func nulBytesMarkABinaryFile() {
        let s = SourceText(bytes: [0x23, 0x0A, 0x0A, 0x00, 0x01])
        #expect(s.isBinary)
        #expect(s.text == "")
        #expect(s.problems.items.map(\.line) == [3])
    }

    @Test func bytesOfEveryValueNeverCrashAndNeverLeaveControls() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<200).map { _ in UInt8.random(in: 1...255, using: &generator) }
            let (lesson, _) = LessonParser.parse(fileName: "01-x.md", bytes: bytes)
            let text = SourceText(bytes: bytes).text
            #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) })
            if let lesson {
                let lines = LessonLayout(width: 30).lines(lesson)
                #expect(lines.allSatisfy { $0.width <= 30 })
            }
        }
    }
}

/// Hostile Markdown: deep nesting and empty files are reported, never fatal.
@Suite struct HostileMarkdownTests {
    @Test(arguments: [
        ("quotes", String(repeating: ">", count: 20000) + " deep\n", "3: lists or quotes nest too deeply; the deeper part is not shown"),
        ("lists", (0..<300).map { String(repeating: "  ", count: $0) + "- a\n" }.joined(),
         "14: lists or quotes nest too deeply; the deeper part is not shown"),
        ("emphasis", String(repeating: "*a ", count: 20000) + "x" + String(repeating: " b*", count: 20000) + "\n",
         "3: emphasis or links nest too deeply; the deeper part is not shown"),
    ])
    func deepNestingIsCutOff(name: String, body: String, problem: String) {
        let (lesson, diagnostics) = LessonParser.parse(fileName: "01-\(name).md", bytes: Array(("# Deep\n\n" + body).utf8))
        #expect(lesson != nil)
        #expect(diagnostics.map { "\($0.line): \($0.message)" }.contains(problem))
        if let lesson { #expect(LessonLayout(width: 40).lines(lesson).allSatisfy { $0.width <= 40 }) }
    }

    @Test func emptyFileHasNoTitle() {
        let (lesson, diagnostics) = LessonParser.parse(fileName: "01-empty.md", bytes: [])
        #expect(lesson == nil)
        #expect(diagnostics.map(\.description)
            == ["01-empty.md:1: no title: begin the lesson with a level-1 heading, such as \"# Mean Squared Error\""])
    }

    @Test func anEscapeBeforeALineBreakNeverMergesLines() {
        #expect(SourceTextTests.clean(Array("a\u{1B}\nb\n\u{9B}\nc\n\u{1B}(\nd".utf8)) == ("a\nb\n\nc\n\nd", [1, 3, 5]))
        let text = "# T\n\nline\u{1B}\nmore\n\n```lab\nloss: mse\nx: 1,\nxhat: 0.5\n```\n"
        let diagnostics = LessonParser.parse(fileName: "01-t.md", bytes: Array(text.utf8)).diagnostics
        #expect(diagnostics.map(\.line) == [3, 8])
    }
}
