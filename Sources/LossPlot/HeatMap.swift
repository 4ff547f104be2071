import LossKit

/// Each element's share of the loss drawn where it sits in an image: darker pixels carry more loss.
///
/// A pixel takes two cells, so the picture keeps its proportions; its shade is its value against
/// the largest finite value (an infinite one is drawn fully dark). The selected pixel is drawn in
/// its own colour, bold, its first half a pointer, and a legend under the picture names the scale.
public struct HeatMap: Sendable {
    /// The line above the picture.
    public var title: String
    /// The values row by row; there must be `shape.count` of them.
    public var values: [Double]
    public var shape: ImageShape
    /// The pixel (0-based, row by row) to mark, such as the Lab's chosen element.
    public var selected: Int?
    public var colour: ChartColour

    public init(title: String, values: [Double], shape: ImageShape, selected: Int? = nil, colour: ChartColour = .blue) {
        self.title = title
        self.values = values
        self.shape = shape
        self.selected = selected
        self.colour = colour
    }

    /// The cells the picture needs: a margin and two per pixel across; the title, the rows and the legend down.
    public var size: (width: Int, height: Int) { Self.size(of: shape) }

    /// The cells a picture of `shape` needs, known before any value is gathered.
    public static func size(of shape: ImageShape) -> (width: Int, height: Int) { (2 * shape.columns + 1, shape.rows + 2) }

    /// The picture in exactly `width` × `height` cells; pixels that do not fit are cut off.
    public func render(width: Int, height: Int, mode: CanvasMode) -> ChartGrid {
        let notation: Notation = mode.isUnicode ? .unicode : .ascii
        var grid = ChartGrid(width: width, height: height)
        grid.write(title, column: 0, row: 0, style: CellStyle(bold: true))
        guard values.count == shape.count else { return grid }
        let largest = values.filter(\.isFinite).max() ?? 0
        let ramp = Self.ramp(mode)
        for row in 0..<min(shape.rows, height - 1) {
            for column in 0..<shape.columns {
                let index = row * shape.columns + column
                let shade = ramp[level(values[index], largest: largest, levels: ramp.count)]
                let isSelected = index == selected
                let style = isSelected ? CellStyle(colour: .yellow, bold: true) : CellStyle(colour: colour)
                // The selected pixel's first half is the pointer, so it shows without colour too.
                let first = isSelected ? ChartSymbols.forMode(mode).selection : shade
                grid[1 + 2 * column, row + 1] = ChartCell(first, style: style)
                grid[2 + 2 * column, row + 1] = ChartCell(shade, style: style)
            }
        }
        if height > shape.rows + 1 {
            grid.write("\(String(ramp)) 0 to \(notation.number(largest))", column: 1, row: shape.rows + 1,
                       style: CellStyle(dim: true))
        }
        return grid
    }

    /// Shades from no loss to the most loss: blank, light, medium, dark, full.
    static func ramp(_ mode: CanvasMode) -> [Character] {
        mode.isUnicode ? ["·", "░", "▒", "▓", "█"] : [".", ":", "+", "#", "@"]
    }

    /// The shade level of `value`: 0 only for a zero loss, then equal quarters of the largest value.
    func level(_ value: Double, largest: Double, levels: Int) -> Int {
        if !value.isFinite { return levels - 1 }
        guard value > 0, largest > 0 else { return 0 }
        return min(levels - 1, max(1, Int((value / largest * Double(levels - 1)).rounded(.up))))
    }
}
