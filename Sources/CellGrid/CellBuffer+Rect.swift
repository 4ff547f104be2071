extension CellBuffer {
    /// Sets the cell at `column`, `row` of `rect` (0-based inside it); positions outside the rectangle are dropped.
    ///
    /// This is how a widget draws: in its own coordinates, never past the rectangle it was given.
    public mutating func set(_ cell: Cell, column: Int, row: Int, in rect: Rect) {
        guard column >= 0, column < rect.width, row >= 0, row < rect.height else { return }
        self[rect.x + column, rect.y + row] = cell
    }

    /// Writes `text` in `style` on row `row` of `rect` from `column`, clipped to the rectangle; returns
    /// the column (inside the rectangle) after the last one written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, in rect: Rect, row: Int, column: Int, style: Style) -> Int {
        guard row >= 0, row < rect.height, column >= 0, column < rect.width else { return column }
        return put(text, x: rect.x + column, y: rect.y + row, style: style, limit: rect.width - column) - rect.x
    }
}
