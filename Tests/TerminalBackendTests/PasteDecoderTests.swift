import LossLabApp
import Testing
@testable import TerminalBackend

/// Bracketed pastes assembled from the keys curses delivers, and plain keys left alone.
@Suite struct PasteDecoderTests {
    /// The keys curses delivers for `text` typed (Enter for a carriage return, Esc for ESC).
    func keys(_ text: String) -> [Key] {
        text.map { character in
            switch character {
            case "\u{1B}": .escape
            case "\r": .enter
            case "\t": .tab
            default: .char(character)
            }
        }
    }

    /// Feeds every key, then flushes (nothing more arrived), returning all events.
    func decode(_ keys: [Key]) -> [Event] {
        var decoder = PasteDecoder()
        return keys.flatMap { decoder.feed($0) } + decoder.flush()
    }

    @Test func aBracketedPasteIsOneEventWithNewlinesAndTabs() {
        let events = decode(keys("a\u{1B}[200~0.5, 0.25\r0.1\t2\u{1B}[201~b"))
        #expect(events == [.key(.char("a")), .paste("0.5, 0.25\n0.1\t2"), .key(.char("b"))])
    }

    @Test func aLoneEscIsTheEscKeyOnceNothingFollows() {
        var decoder = PasteDecoder()
        #expect(decoder.feed(.escape).isEmpty)
        #expect(decoder.isHolding)
        #expect(decoder.flush() == [.key(.escape)])
        #expect(!decoder.isHolding)
    }

    @Test func escThenOtherKeysAreThoseKeys() {
        #expect(decode(keys("\u{1B}[2x")) == [.key(.escape), .key(.char("[")), .key(.char("2")), .key(.char("x"))])
        #expect(decode([.escape, .escape, .char("q")]) == [.key(.escape), .key(.escape), .key(.char("q"))])
        #expect(decode([.escape, .up]) == [.key(.escape), .key(.up)])
    }

    @Test func aBrokenEndMarkerIsTextAndOtherKeysInsideArePassedOver() {
        let events = decode(keys("\u{1B}[200~1\u{1B}[20x") + [.up, .backspace] + keys("2\u{1B}[201~"))
        #expect(events == [.paste("1[20x2")])
    }

    @Test func aPasteWithoutItsEndEndsAtTheFlush() {
        var decoder = PasteDecoder()
        #expect(keys("\u{1B}[200~abc").flatMap { decoder.feed($0) }.isEmpty)
        #expect(decoder.isInsidePaste)
        #expect(decoder.flush() == [.paste("abc")])
        #expect(decoder.feed(.char("d")) == [.key(.char("d"))])
    }

    @Test func anEmptyPasteIsNoEvent() {
        #expect(decode(keys("\u{1B}[200~\u{1B}[201~")) == [])
    }

    @Test func aHugePasteKeepsTheFirstMebicharacter() {
        var decoder = PasteDecoder()
        _ = keys("\u{1B}[200~").map { decoder.feed($0) }
        for _ in 0..<(PasteDecoder.maximumLength + 10) { _ = decoder.feed(.char("7")) }
        let events = keys("\u{1B}[201~").flatMap { decoder.feed($0) }
        guard case let .paste(text) = events.first else {
            Issue.record("no paste in \(events.count) events")
            return
        }
        #expect(text.count == PasteDecoder.maximumLength)
        #expect(events.count == 1)
    }
}
