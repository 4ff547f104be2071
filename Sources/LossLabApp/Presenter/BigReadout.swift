import CellGrid
import LossKit

/// Losses in large block digits (`BigDigits`), each after its name: side by side when they fit the
/// width, else one under another; a value too wide for the digits is written in ordinary text.
///
/// Shared by the presenter's slides and the Lab and the Train screen opened from the presenter.
struct BigReadout {
    /// One read-out: "MSE =" and its value, in the loss's colour.
    struct Item {
        var name: String
        var value: String
        var role: StyleRole
    }

    let items: [Item]
    let width: Int

    /// The read-outs of `losses` with their `values` (nil: not revealed yet, shown as "?").
    init(losses: [Loss], values: [Double?], notation: Notation, width: Int) {
        self.init(items: zip(losses, values).map { loss, value in
            Item(name: loss.shortName + " =", value: value.map(notation.reading) ?? "?", role: loss.colour)
        }, width: width)
    }

    /// The read-outs `items`, within `width` columns.
    init(items: [Item], width: Int) {
        self.items = items
        self.width = width
    }

    /// Columns one item takes: its name, two spaces, its digits.
    private func columns(_ item: Item) -> Int { item.name.displayWidth + 2 + BigDigits.width(item.value) }

    /// Whether the items stand side by side, three columns apart.
    private var sideBySide: Bool { items.map(columns).reduce(0, +) + 3 * max(0, items.count - 1) <= width }

    /// The rows the read-out takes.
    var height: Int {
        items.isEmpty ? 0 : sideBySide ? BigDigits.height : items.count * (BigDigits.height + 1) - 1
    }

    /// Draws the read-out with its top-left corner at `x`, `y`, within `rows` rows.
    func draw(into screen: inout CellBuffer, x: Int, y: Int, rows: Int, ascii: Bool) {
        var left = x
        var top = y
        for item in items {
            guard top + BigDigits.height <= y + rows else { break }
            screen.put(item.name, x: left, y: top + BigDigits.height / 2, role: .strong)
            let digitsX = left + item.name.displayWidth + 2
            if columns(item) <= width - (left - x) {
                for (r, row) in BigDigits.rows(item.value, ascii: ascii).enumerated() {
                    screen.put(row, x: digitsX, y: top + r, role: item.role)
                }
            } else {
                screen.put(item.value, x: digitsX, y: top + BigDigits.height / 2, role: .strong)
            }
            if sideBySide { left += columns(item) + 3 } else { top += BigDigits.height + 1 }
        }
    }
}
