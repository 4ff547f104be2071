/// A chart as a rectangle of styled cells: the app copies it to the screen, the command line prints its text.
public struct ChartGrid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// The cells row by row, `width` per row.
    public private(set) var cells: [ChartCell]

    /// A grid of blank cells; negative sizes count as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at `column`, `row` (both from 0, top left); out-of-range reads give a blank cell and writes are ignored.
    public subscript(column: Int, row: Int) -> ChartCell {
        get { contains(column: column, row: row) ? cells[row * width + column] : .blank }
        set { if contains(column: column, row: row) { cells[row * width + column] = newValue } }
    }

    /// Whether the position lies inside the grid.
    public func contains(column: Int, row: Int) -> Bool {
        column >= 0 && column < width && row >= 0 && row < height
    }

    /// Writes `text` from `column` on `row`, one character per cell, cutting it at the right edge.
    public mutating func write(_ text: String, column: Int, row: Int, style: CellStyle = .plain) {
        var c = column
        for ch in text {
            self[c, row] = ChartCell(ch, style: style)
            c += 1
            if c >= width { break }
        }
    }

    /// Places `other` with its top left corner at `column`, `row`, clipping what falls outside.
    public mutating func paste(_ other: ChartGrid, column: Int, row: Int) {
        for r in 0..<other.height {
            for c in 0..<other.width { self[column + c, row + r] = other[c, r] }
        }
    }
}

extension ChartGrid {
    /// The grid as plain text: `height` lines of exactly `width` characters each.
    public func lines() -> [String] {
        (0..<height).map { row in
            String(cells[row * width..<(row + 1) * width].map(\.character))
        }
    }

    /// The grid as text with a newline after every line.
    public var text: String { lines().map { $0 + "\n" }.joined() }

    /// The grid as lines with ANSI colour and emphasis codes, for a colour terminal.
    public func ansiLines() -> [String] {
        (0..<height).map { row in
            var line = ""
            var current = CellStyle.plain
            for cell in cells[row * width..<(row + 1) * width] {
                if cell.style != current {
                    line += Self.ansi(cell.style)
                    current = cell.style
                }
                line.append(cell.character)
            }
            if current != .plain { line += "\u{1B}[0m" }
            return line
        }
    }

    /// The escape sequence that switches to `style` from any other.
    private static func ansi(_ style: CellStyle) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if let colour = style.colour { codes.append(String(30 + colour.index)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
