import Testing
@testable import TestSupport

/// The line diff that snapshot failures print.
@Suite struct LineDiffTests {
    static let twelve = (1...12).map { "line \($0)" }.joined(separator: "\n") + "\n"

    @Test func equalTextsHaveNoHunks() {
        let diff = LineDiff(old: Self.twelve, new: Self.twelve)
        #expect(diff.isEmpty)
        #expect(diff.unified() == "")
    }

    @Test func aChangedLineShowsWithThreeLinesOfContextAndBothLineNumbers() {
        let diff = LineDiff(old: Self.twelve, new: Self.twelve.replacing("line 6\n", with: "line six\n"))
        #expect(diff.unified() == """
            @@ -3,7 +3,7 @@
               3  3 | line 3
               4  4 | line 4
               5  5 | line 5
            -  6    | line 6
            +     6 | line six
               7  7 | line 7
               8  8 | line 8
               9  9 | line 9
            """)
    }

    @Test func distantChangesMakeSeparateHunksAndNearOnesMerge() {
        let new = Self.twelve.replacing("line 1\n", with: "").replacing("line 12\n", with: "line 12\nline 13\n")
        #expect(LineDiff(old: Self.twelve, new: new).unified(context: 1) == """
            @@ -1,2 +1,1 @@
            -  1    | line 1
               2  1 | line 2
            @@ -12,1 +11,2 @@
              12 11 | line 12
            +    12 | line 13
            """)
        let near = Self.twelve.replacing("line 4\n", with: "").replacing("line 7\n", with: "")
        #expect(LineDiff(old: Self.twelve, new: near).hunks(context: 1).count == 1)
    }

    @Test func insertionsIntoAnEmptyTextStartAtLineZero() {
        #expect(LineDiff(old: "", new: "a\nb\n").unified() == """
            @@ -0,0 +1,2 @@
            +   1 | a
            +   2 | b
            """)
    }

    @Test func aMissingFinalNewlineIsShown() {
        #expect(LineDiff(old: "a\n", new: "a").unified() == """
            @@ -1,1 +1,1 @@
            - 1   | a
            +   1 | a (no newline at end)
            """)
    }
}
