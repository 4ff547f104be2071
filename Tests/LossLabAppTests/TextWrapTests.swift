import CellGrid
import Testing

/// The word wrap and the shortening every Lab text goes through.
@Suite struct TextWrapTests {
    @Test func wrappingKeepsRunsOfSpacesBetweenWordsOnALine() {
        #expect(TextWrap.lines("n = 3   Tab: edit   j k: move", width: 20) == ["n = 3   Tab: edit", "j k: move"])
        #expect(TextWrap.lines("a  b", width: 1) == ["a", "b"], "spaces at a break are dropped")
        #expect(TextWrap.lines("", width: 5) == [""])
    }

    @Test func aShortenedListEndsAfterASeparatorNeverInsideANumber() {
        #expect(TextWrap.shortened("0.1, 0.8, 0.9", width: 12) == "0.1, 0.8,…")
        #expect(TextWrap.shortened("0.1 0.8 0.9", width: 10) == "0.1 0.8…")
        #expect(TextWrap.shortened("0.1, 0.8", width: 8) == "0.1, 0.8", "text that fits is kept whole")
        #expect(TextWrap.shortened("123456789", width: 5) == "1234…", "with no separator, the cut is marked")
        #expect(TextWrap.shortened("가가가", width: 4) == "가…")
    }

    @Test func shorteningAHugeListLooksOnlyAtItsStart() {
        let huge = Array(repeating: "0.5", count: 1_000_000).joined(separator: ", ")
        let clock = ContinuousClock()
        var shortened = ""
        let elapsed = clock.measure { shortened = TextWrap.shortened(huge, width: 20) }
        #expect(shortened == "0.5, 0.5, 0.5, 0.5,…")
        #expect(elapsed < .milliseconds(50))
    }
}
