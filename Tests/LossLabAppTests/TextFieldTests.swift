import Testing
@testable import LossLabApp

/// The one-line editor behind the Lab's x and x̂ fields and the lesson answers.
@Suite struct TextFieldTests {
    /// Applies `keys` in order; returns whether the field used each one.
    func apply(_ keys: [Key], to field: inout TextField) -> [Bool] {
        keys.map { field.handle($0) }
    }

    /// Types each Unicode scalar of `text` as its own key, as a terminal delivers a paste without brackets.
    func typeScalars(_ text: String, into field: inout TextField) {
        for scalar in text.unicodeScalars { _ = field.handle(.char(Character(scalar))) }
    }

    @Test func editsAtTheCursor() {
        var field = TextField("0.5, 0.5")
        #expect(field.cursorOffset == 8)
        _ = apply([.home, .char("1"), .delete], to: &field)
        #expect(field.text == "1.5, 0.5")
        _ = apply([.end, .backspace, .left, .left], to: &field)
        #expect(field.text == "1.5, 0.")
        #expect(field.cursorOffset == 5)
        _ = apply([.ctrl("u")], to: &field)
        #expect(field.text.isEmpty && field.cursorOffset == 0)
    }

    @Test func backspaceAndDeleteStopAtTheEnds() {
        var field = TextField("ab")
        let used = apply([.delete, .home, .backspace, .up], to: &field)
        #expect(field.text == "ab")
        #expect(used == [true, true, true, false], "keys a field has no use for are left to the app")
    }

    @Test func theWindowKeepsTheCursorVisible() {
        let field = TextField("0123456789")
        let (visible, cursor) = field.window(width: 4)
        #expect(visible == "789")
        #expect(cursor == 3)
        #expect(TextField("ab").window(width: 10).text == "ab")
    }

    /// e then U+0301 are two keys but one grapheme: the cursor ends after é, not past the end.
    @Test(arguments: ["e\u{301}", "\u{1100}\u{1161}", "👍🏽", "👩\u{200D}💻", "🇫🇷"])
    func aCombiningSequenceTypedKeyByKeyIsOneCharacter(_ sequence: String) {
        var field = TextField("1, ")
        typeScalars(sequence, into: &field)
        #expect(field.text == "1, " + sequence)
        #expect(field.cursor == field.text.endIndex)
        #expect(field.cursorOffset == 4)
        _ = apply([.left, .char("x"), .end, .char("y")], to: &field)
        #expect(field.text == "1, x" + sequence + "y")
        _ = apply([.backspace, .backspace], to: &field)
        #expect(field.text == "1, x", "backspace removes the whole grapheme")
        #expect(field.cursorOffset == 4)
    }

    @Test func aCombiningMarkTypedBeforeTheCursorJoinsTheLetterAndTheCursorStaysOnABoundary() {
        var field = TextField("ex")
        _ = apply([.left], to: &field)
        typeScalars("\u{301}", into: &field)
        #expect(field.text == "e\u{301}x")
        #expect(field.cursorOffset == 1)
        _ = apply([.delete], to: &field)
        #expect(field.text == "e\u{301}")
        #expect(field.cursor == field.text.endIndex)
    }

    /// The app fuzzer's finding: after the first Delete the cursor was an index of the text before
    /// the edit, and the second Delete crashed inside the standard library.
    @Test func deletingTwiceAfterAPasteOfReplacementCharactersKeepsWorking() {
        var field = TextField("")
        field.paste("\u{C}233a0 T\u{FFFD}\u{FFFD}c 2 OZ(O\u{FFFD}\u{FFFD}\u{FFFD}\u{3D8}")
        _ = apply([.left, .left, .delete, .delete], to: &field)
        #expect(field.text == " 233a0 T\u{FFFD}\u{FFFD}c 2 OZ(O\u{FFFD}\u{FFFD}")
        #expect(field.cursor == field.text.endIndex)
        _ = apply([.left, .backspace, .right, .delete, .home, .delete], to: &field)
        #expect(field.text == "233a0 T\u{FFFD}\u{FFFD}c 2 OZ(O\u{FFFD}")
    }

    /// Deleting what stood between two halves of a grapheme (the two jamo of a Hangul syllable, the
    /// two letters of a flag) joins them: the cursor goes after the joined grapheme, never inside it,
    /// and every key still works.
    @Test(arguments: [("\u{1100}", "\u{1161}"), ("🇫", "🇷")])
    func deletingWhatSeparatedTwoHalvesLeavesTheCursorOnABoundary(_ halves: (String, String)) {
        for key in [Key.delete, .backspace] {
            var field = TextField(halves.0 + "x" + halves.1 + "9")
            _ = apply(key == .delete ? [.home, .right, .delete] : [.home, .right, .right, .backspace], to: &field)
            #expect(field.text == halves.0 + halves.1 + "9")
            #expect(field.text.count == 2, "\(halves)")
            #expect(field.cursorOffset == 1, "after the joined grapheme (\(key))")
            _ = apply([.right, .left, .left, .delete, .right, .backspace], to: &field)
            #expect(field.text.isEmpty)
        }
    }

    @Test func insertingAPieceJoinsTheGraphemeBeforeIt() {
        var field = TextField("\u{1100}")
        field.insert("\u{1161}, 2")
        #expect(field.text.count == 4)
        #expect(field.cursor == field.text.endIndex)
    }

    @Test func theWindowCountsDisplayColumns() {
        // Each 가 takes two columns: with 5 columns, the two before the cursor fit in 4.
        var field = TextField("가가가")
        var (visible, cursor) = field.window(width: 5)
        #expect(visible == "가가")
        #expect(cursor == 4)
        _ = apply([.home], to: &field)
        (visible, cursor) = field.window(width: 5)
        #expect(visible == "가가가" && cursor == 0)
        // A decomposed é is one column, its mark included.
        field = TextField("e\u{301}e\u{301}e\u{301}")
        (visible, cursor) = field.window(width: 3)
        #expect(visible == "e\u{301}e\u{301}" && cursor == 2)
    }

    @Test func theListWindowMarksHiddenTextAndShowsNoNumberCut() {
        var field = TextField("0.1, 0.8, 0.9, 0.7")
        var (visible, cursor) = field.listWindow(width: 12)
        #expect(visible == "…, 0.9, 0.7")
        #expect(cursor == 11, "the cursor stays after the text")
        _ = field.handle(.home)
        (visible, cursor) = field.listWindow(width: 12)
        #expect(visible == "0.1, 0.8,…")
        #expect(cursor == 0)
        #expect(TextField("0.1, 0.8").listWindow(width: 12).text == "0.1, 0.8", "a list that fits is shown whole")
    }
}
