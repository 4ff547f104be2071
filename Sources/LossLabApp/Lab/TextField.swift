/// A one-line text editor: the text, a cursor, and the usual editing keys.
public struct TextField: Sendable, Equatable {
    public private(set) var text: String
    /// The cursor, as a count of characters before it.
    public private(set) var cursor: Int

    /// A field holding `text`, cursor at the end.
    public init(_ text: String) {
        self.text = text
        cursor = text.count
    }

    /// Applies an editing key; returns false for keys a field does not handle.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .char(c):
            text.insert(c, at: index(cursor))
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: index(cursor - 1))
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: index(cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .ctrl("u"):
            text = ""
            cursor = 0
        default:
            return false
        }
        return true
    }

    /// Replaces the text, cursor at the end.
    public mutating func set(_ text: String) {
        self.text = text
        cursor = text.count
    }

    /// The part of the text to show in `width` columns so the cursor is visible, and the cursor's column in it.
    public func window(width: Int) -> (text: Substring, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        let chars = text
        let start = max(0, cursor - (width - 1))
        let from = chars.index(chars.startIndex, offsetBy: start)
        return (chars[from...], cursor - start)
    }

    private func index(_ offset: Int) -> String.Index { text.index(text.startIndex, offsetBy: offset) }
}
