import Testing
import LossKit

/// The one escaping rule for text quoted back from input.
@Suite struct ControlCharacterTests {
    @Test func escapesControlsAsTheyAreWrittenInCode() {
        #expect("a\u{1B}[2Jb".replacingControlCharacters() == "a\\e[2Jb")
        #expect("bell\u{07}".replacingControlCharacters() == "bell\\x07")
        #expect("del\u{7F} nul\u{0}".replacingControlCharacters() == "del\\x7F nul\\x00")
        #expect("csi\u{9B}31m".replacingControlCharacters() == "csi\\u{9B}31m")
        #expect("evil\u{202E}txt.md".replacingControlCharacters() == "evil\\u{202E}txt.md")
        #expect("\u{2066}a\u{2069}\u{200F}".replacingControlCharacters() == "\\u{2066}a\\u{2069}\\u{200F}")
        #expect("tab\there\r\nnext".replacingControlCharacters() == "tab\\there\\r\\nnext")
    }

    @Test func keepsLineBreaksWhenAsked() {
        #expect("one\ntwo\u{1B}".replacingControlCharacters(keepingLineBreaks: true) == "one\ntwo\\e")
    }

    @Test func leavesPrintableTextAlone() {
        let text = "x̂ = 0.5, Σᵢ (xᵢ − x̂ᵢ)² 漢字 \\e"
        #expect(text.replacingControlCharacters() == text)
        #expect(!text.containsControlCharacters)
        #expect("a\u{1B}".containsControlCharacters)
    }

    @Test func escapedTextHoldsNoControlCharacter() {
        let all = String(String.UnicodeScalarView((0..<0xA0).compactMap(Unicode.Scalar.init) + ["\u{202E}", "\u{061C}"]))
        #expect(!all.replacingControlCharacters().containsControlCharacters)
    }
}
