/// A plotting area of cells, each split into dots (2 × 4 in braille, 1 × 2 in blocks, 1 × 1 in ASCII).
///
/// Dots are addressed from the top left. Each cell remembers which series set a dot in it last, which
/// gives the cell its colour and, in ASCII, its glyph.
struct DotCanvas {
    let mode: CanvasMode
    let columns: Int
    let rows: Int
    /// Which dots of each cell are set: bit numbering follows `dotBit`.
    private var bits: [UInt8]
    /// The series that last set a dot in each cell, or -1.
    private var owner: [Int]

    init(columns: Int, rows: Int, mode: CanvasMode) {
        self.mode = mode
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        bits = Array(repeating: 0, count: self.columns * self.rows)
        owner = Array(repeating: -1, count: self.columns * self.rows)
    }

    var dotColumns: Int { columns * mode.dotsPerCell.across }
    var dotRows: Int { rows * mode.dotsPerCell.down }

    /// Sets the dot at (`x`, `y`) for `series`; dots outside the canvas are ignored.
    mutating func set(x: Int, y: Int, series: Int) {
        guard x >= 0, x < dotColumns, y >= 0, y < dotRows else { return }
        let (across, down) = mode.dotsPerCell
        let cell = (y / down) * columns + x / across
        bits[cell] |= dotBit(x: x % across, y: y % down)
        owner[cell] = series
    }

    /// Sets the dots from `top` to `bottom` (inclusive, either order) in dot column `x`.
    mutating func setColumn(x: Int, from top: Int, to bottom: Int, series: Int) {
        for y in min(top, bottom)...max(top, bottom) { set(x: x, y: y, series: series) }
    }

    /// The series that last drew into cell (`column`, `row`), or nil for an empty cell.
    func owner(column: Int, row: Int) -> Int? {
        let o = owner[row * columns + column]
        return o >= 0 ? o : nil
    }

    /// The bit of a dot inside its cell. Braille follows Unicode's dot numbering (dots 1–3 and 7 down the left).
    private func dotBit(x: Int, y: Int) -> UInt8 {
        switch mode {
        case .braille:
            let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
            let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
            return x == 0 ? left[y] : right[y]
        case .blocks:
            return y == 0 ? 1 : 2
        case .ascii:
            return 1
        }
    }

    /// The character of cell (`column`, `row`): a braille pattern (U+2800 when empty), a half block, or the
    /// owning series' glyph in ASCII; nil when a block or ASCII cell is empty.
    func character(column: Int, row: Int, glyphs: (Int) -> Character) -> Character? {
        let cell = row * columns + column
        let b = bits[cell]
        switch mode {
        case .braille:
            return Character(Unicode.Scalar(0x2800 + UInt32(b))!)
        case .blocks:
            switch b {
            case 1: return "▀"
            case 2: return "▄"
            case 3: return "█"
            default: return nil
            }
        case .ascii:
            return b == 0 ? nil : glyphs(owner[cell])
        }
    }
}
