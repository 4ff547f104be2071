import CellGrid

/// A one-line text editor: the text, a cursor, and the usual editing keys.
///
/// The cursor moves by grapheme clusters (what a reader sees as one character), so typing a
/// combining mark (e + U+0301 = é), a Hangul jamo pair (U+1100 U+1161 = 가) or an emoji sequence
/// can never leave it inside a character or past the end. Every edit costs time in proportion to
/// the text moved, not to the position: typing or pasting thousands of values stays linear.
public struct TextField: Sendable, Equatable {
    public private(set) var text: String
    /// The cursor: always on a grapheme boundary of `text`.
    public private(set) var cursor: String.Index

    /// A field holding `text`, cursor at the end.
    public init(_ text: String) {
        self.text = text
        cursor = text.endIndex
    }

    /// How many graphemes stand before the cursor.
    public var cursorOffset: Int { text.distance(from: text.startIndex, to: cursor) }

    /// Applies an editing key; returns false for keys a field does not handle.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .char(c): insert(String(c))
        case .backspace:
            guard cursor > text.startIndex else { return true }
            let start = text.index(before: cursor)
            let offset = utf8Offset(of: start)
            text.removeSubrange(start..<cursor)
            placeCursor(atUTF8Offset: offset)
        case .delete:
            guard cursor < text.endIndex else { return true }
            let offset = utf8Offset(of: cursor)
            text.removeSubrange(cursor..<text.index(after: cursor))
            placeCursor(atUTF8Offset: offset)
        case .left: if cursor > text.startIndex { cursor = text.index(before: cursor) }
        case .right: if cursor < text.endIndex { cursor = text.index(after: cursor) }
        case .home, .ctrl("a"): cursor = text.startIndex
        case .end, .ctrl("e"): cursor = text.endIndex
        case .ctrl("u"): set("")
        default:
            return false
        }
        return true
    }

    /// Inserts `piece` at the cursor and puts the cursor after it.
    ///
    /// When the piece joins the grapheme before it (a combining mark after a letter), the cursor
    /// goes after the joined grapheme, never inside it.
    public mutating func insert(_ piece: String) {
        let offset = utf8Offset(of: cursor) + piece.utf8.count
        text.insert(contentsOf: piece, at: cursor)
        placeCursor(atUTF8Offset: offset)
    }

    private func utf8Offset(of index: String.Index) -> Int {
        text.utf8.distance(from: text.startIndex, to: index)
    }

    /// Puts the cursor at `offset` bytes into the text as it is after an edit, or after the grapheme
    /// that holds that byte when the edit joined graphemes there (a mark after a letter, or the two
    /// halves of a pair once what stood between them is deleted).
    ///
    /// An index from before an edit is never used after it: Swift does not promise it is valid, and
    /// one that was on a grapheme boundary may now be inside a grapheme (a cached stride then crashes
    /// the standard library, as the app fuzzer found: three U+FFFD, Left, Left, Delete, Delete).
    private mutating func placeCursor(atUTF8Offset offset: Int) {
        let index = text.utf8.index(text.startIndex, offsetBy: offset)
        // Character operations round an index inside a grapheme down to its start, so `index(after:)`
        // of such an index is the end of the grapheme that holds it.
        cursor = index.samePosition(in: text) ?? text.index(after: index)
    }

    /// Inserts pasted text as one line: line breaks, tabs and other control characters become spaces.
    public mutating func paste(_ pasted: String) {
        let isControl = { (c: Character) in c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }
        insert(pasted.contains(where: isControl) ? String(pasted.map { isControl($0) ? " " : $0 }) : pasted)
    }

    /// Replaces the text, cursor at the end.
    public mutating func set(_ text: String) {
        self.text = text
        cursor = text.endIndex
    }

    /// The part of the text to show in `width` columns so the cursor is visible, and the cursor's column in it.
    ///
    /// Columns are display columns (a wide grapheme takes two); the cursor may sit in the column
    /// after the text, so the text before it gets at most `width - 1` columns. The work depends on
    /// `width`, not on the length of the text.
    public func window(width: Int) -> (text: Substring, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = cursor
        var column = 0
        while start > text.startIndex {
            let previous = text.index(before: start)
            // A grapheme of no width (a stray combining mark) is drawn as a space, as `CellBuffer` does.
            let w = max(1, text[previous].displayWidth)
            if column + w > width - 1 { break }
            column += w
            start = previous
        }
        return (text[start...], column)
    }

    /// The window with hidden text marked: "…" first when text is hidden on the left, followed by a
    /// separator (a space or comma) so no number shows cut ("…, 0.8, 0.9"), and "…" last when text is
    /// hidden on the right, as `TextWrap.shortened` ends a list.
    public func listWindow(width: Int) -> (text: String, cursorColumn: Int) {
        let (visible, column) = window(width: width)
        let hiddenLeft = visible.startIndex > text.startIndex
        var head = visible[..<cursor]
        var cursorColumn = column
        if hiddenLeft, !head.isEmpty {
            // Start at the first separator before the cursor, after at least one grapheme that makes room for "…".
            let second = head.index(after: head.startIndex)
            let cut = head[second...].firstIndex { $0 == " " || $0 == "," } ?? second
            cursorColumn += 1 - head[..<cut].map { max(1, $0.displayWidth) }.reduce(0, +)
            head = head[cut...]
        }
        let tail = TextWrap.shortened(String(visible[cursor...]), width: width - cursorColumn)
        return ((hiddenLeft ? "…" : "") + head + tail, cursorColumn)
    }
}
