/// A rectangle of grapheme cells that screens and charts draw into and the backend copies to the terminal.
///
/// Every widget draws into a `Rect` of one buffer (as ratatui's widgets draw into a `Buffer`); writes
/// outside the buffer are dropped, so a widget never has to clip by hand.
public struct CellBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row-major cells, `width × height` of them.
    public private(set) var cells: [Cell]

    /// The largest width or height that a command draws or a key sequence resizes to: 1000 cells,
    /// so a buffer never holds more than 10⁶ cells; commands check sizes against it before drawing.
    public static let maximumSide = 1000

    /// A blank buffer of the given size (negative sizes count as 0).
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Whether column `x`, row `y` lies inside the buffer.
    public func contains(x: Int, y: Int) -> Bool { x >= 0 && x < width && y >= 0 && y < height }

    /// The cell at column `x`, row `y`; reads outside give a blank cell and writes there are dropped.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    /// Writes `text` from column `x` of row `y`, clipped at `limit` columns (default: the right edge).
    ///
    /// Control characters and stray combining marks become spaces so nothing raw reaches the
    /// terminal; a wide grapheme that does not fit whole is left out. Returns the column after the
    /// last one written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return x }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var col = x
        for var g in text {
            var w = g.displayWidth
            if w == 0 {
                g = " "
                w = 1
            }
            if col + w > end { break }
            if col >= 0 {
                self[col, y] = Cell(g, style: style)
                if w == 2 { self[col + 1, y] = Cell(" ", style: style, isContinuation: true) }
            }
            col += w
        }
        return col
    }

    /// Writes `text` in `role` from column `x` of row `y`; see `put(_:x:y:style:limit:)`.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, role: StyleRole = .normal, limit: Int? = nil) -> Int {
        put(text, x: x, y: y, style: Style(role), limit: limit)
    }

    /// Writes `text` clipped to the rectangle's row `row` (0-based inside it).
    @discardableResult
    public mutating func put(_ text: some StringProtocol, in rect: Rect, row: Int, column: Int = 0, role: StyleRole = .normal) -> Int {
        guard row >= 0 && row < rect.height && column < rect.width else { return rect.x + column }
        return put(text, x: rect.x + column, y: rect.y + row, role: role, limit: rect.width - column)
    }

    /// Word-wraps `text` into `rect` from its row `row`, every line indented by `column`; returns the
    /// number of rows the whole text needs (which may be more than were left to draw in).
    @discardableResult
    public mutating func putWrapped(_ text: String, in rect: Rect, row: Int = 0, column: Int = 0, role: StyleRole = .normal) -> Int {
        let lines = TextWrap.lines(text, width: rect.width - column)
        for (k, line) in lines.enumerated() { put(line, in: rect, row: row + k, column: column, role: role) }
        return lines.count
    }

    /// Fills the rectangle with `grapheme` in `style`.
    public mutating func fill(_ rect: Rect, with grapheme: Character = " ", style: Style) {
        for y in max(0, rect.y)..<max(max(0, rect.y), min(height, rect.maxY)) {
            for x in max(0, rect.x)..<max(max(0, rect.x), min(width, rect.maxX)) { self[x, y] = Cell(grapheme, style: style) }
        }
    }

    /// Fills the rectangle with `grapheme` in `role`.
    public mutating func fill(_ rect: Rect, with grapheme: Character = " ", role: StyleRole) {
        fill(rect, with: grapheme, style: Style(role))
    }

    /// Sets the role of every cell in the rectangle, keeping the graphemes and their emphasis.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        for y in max(0, rect.y)..<max(max(0, rect.y), min(height, rect.maxY)) {
            for x in max(0, rect.x)..<max(max(0, rect.x), min(width, rect.maxX)) { self[x, y].role = role }
        }
    }

    /// The buffer as plain text lines, trailing spaces kept so every line is `width` columns.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            line.reserveCapacity(width)
            for x in 0..<width where !self[x, y].isContinuation { line.append(self[x, y].grapheme) }
            return line
        }
    }

    /// The buffer as text, one line per row with trailing spaces trimmed.
    public var text: String {
        lines().map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n") + "\n"
    }
}

extension CellBuffer {
    /// Copies rows `rows` of `other` to this buffer with its top-left corner at `x`, `y`, clipped to this buffer.
    public mutating func copy(_ other: CellBuffer, rows: Range<Int>, toX x: Int, y: Int) {
        for (k, row) in rows.clamped(to: 0..<other.height).enumerated() where y + k >= 0 && y + k < height {
            for column in 0..<other.width where x + column >= 0 && x + column < width {
                self[x + column, y + k] = other[column, row]
            }
        }
    }
}
