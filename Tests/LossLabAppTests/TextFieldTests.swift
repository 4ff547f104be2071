import Testing
@testable import LossLabApp

/// The one-line editor behind the Lab's x and x̂ fields and the lesson answers.
@Suite struct TextFieldTests {
    /// Applies `keys` in order; returns whether the field used each one.
    func apply(_ keys: [Key], to field: inout TextField) -> [Bool] {
        keys.map { field.handle($0) }
    }

    @Test func editsAtTheCursor() {
        var field = TextField("0.5, 0.5")
        #expect(field.cursor == 8)
        _ = apply([.home, .char("1"), .delete], to: &field)
        #expect(field.text == "1.5, 0.5")
        _ = apply([.end, .backspace, .left, .left], to: &field)
        #expect(field.text == "1.5, 0.")
        #expect(field.cursor == 5)
        _ = apply([.ctrl("u")], to: &field)
        #expect(field.text.isEmpty && field.cursor == 0)
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
}
