import LossKit

/// A grid of grapheme cells that the app renders into and the backend copies to the terminal.
public struct Screen: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row-major cells, `width × height` of them.
    public private(set) var cells: [Cell]

    /// A blank screen of the given size (negative sizes count as 0).
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from column `x` of row `y`, clipped at `limit` columns (default: the screen edge).
    ///
    /// Control characters become spaces so nothing raw reaches the terminal; a wide grapheme that
    /// does not fit whole is left out. Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, role: StyleRole = .normal, limit: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return x }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var col = x
        for var g in text {
            var w = g.displayWidth
            if w == 0 {
                // Stray combining marks and controls would corrupt the row: show a space instead.
                g = " "
                w = 1
            }
            if col + w > end { break }
            if col >= 0 {
                self[col, y] = Cell(g, role: role)
                if w == 2 { self[col + 1, y] = Cell(" ", role: role, isContinuation: true) }
            }
            col += w
        }
        return col
    }

    /// Writes `text` clipped to the rectangle's row `row` (0-based inside it).
    @discardableResult
    public mutating func put(_ text: some StringProtocol, in rect: Rect, row: Int, column: Int = 0, role: StyleRole = .normal) -> Int {
        guard row >= 0 && row < rect.height && column < rect.width else { return rect.x + column }
        return put(text, x: rect.x + column, y: rect.y + row, role: role, limit: rect.width - column)
    }

    /// Fills the rectangle with `grapheme` in `role`.
    public mutating func fill(_ rect: Rect, with grapheme: Character = " ", role: StyleRole) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(grapheme, role: role) }
        }
    }

    /// Sets the role of every cell in the rectangle, keeping the graphemes.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y].role = role }
        }
    }

    /// The screen as plain text lines, trailing spaces kept so every line is `width` columns.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            line.reserveCapacity(width)
            for x in 0..<width where !self[x, y].isContinuation { line.append(self[x, y].grapheme) }
            return line
        }
    }

    /// The screen as text, one line per row with trailing spaces trimmed.
    public var text: String {
        lines().map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n") + "\n"
    }
}

extension Screen {
    /// Copies rows `rows` of `other` to this screen with its top-left corner at `x`, `y`, clipped to this screen.
    public mutating func copy(_ other: Screen, rows: Range<Int>, toX x: Int, y: Int) {
        for (k, row) in rows.clamped(to: 0..<other.height).enumerated() where y + k >= 0 && y + k < height {
            for column in 0..<other.width where x + column >= 0 && x + column < width {
                self[x + column, y + k] = other[column, row]
            }
        }
    }
}
