import CellGrid

/// A paragraph of Lab text (a status line, a step), word-wrapped to its rectangle, never cut.
///
/// The paragraph is made of pieces, such as a step's numbers and its running sum: pieces share a
/// line, three spaces apart, when they fit, and a new line starts between pieces before it starts
/// inside one.
struct LabText {
    var pieces: [String]
    /// The column every wrapped line starts at, inside the rectangle.
    var column = 1
    var role: StyleRole

    init(pieces: [String], column: Int = 1, role: StyleRole) {
        self.pieces = pieces
        self.column = column
        self.role = role
    }

    /// A paragraph of one piece.
    init(_ text: String, column: Int = 1, role: StyleRole) {
        self.init(pieces: [text], column: column, role: role)
    }

    /// The lines the paragraph takes in `width` columns of its rectangle.
    func lines(width: Int) -> [String] {
        let room = max(1, width - column)
        // Most paragraphs fit on one line: measuring is much cheaper than wrapping.
        let whole = pieces.joined(separator: "   ")
        if whole.displayWidth <= room { return [whole] }
        var lines: [String] = []
        for piece in pieces {
            if let last = lines.last, last.displayWidth + 3 + piece.displayWidth <= room {
                lines[lines.count - 1] = last + "   " + piece
            } else {
                lines += TextWrap.lines(piece, width: room)
            }
        }
        return lines
    }

    /// Draws the paragraph into `rect` from row `row`; returns the rows it took.
    @discardableResult
    func draw(into screen: inout CellBuffer, rect: Rect, row: Int) -> Int {
        let lines = lines(width: rect.width)
        for (k, line) in lines.enumerated() { screen.put(line, in: rect, row: row + k, column: column, role: role) }
        return lines.count
    }
}
