import CellGrid
import LossKit

extension HeatMap {
    /// Draws the map into `rect` of `buffer`: the title, the picture, and a legend that names the scale.
    ///
    /// `colour` says whether grey levels can be shown (the app's `--no-color` and NO_COLOR turn it off);
    /// without it, or in ASCII, pixels are shade characters. When the image is averaged down the legend
    /// says by how much; when not even that fits, a note says so instead of a picture.
    public func render(into buffer: inout CellBuffer, in rect: Rect, mode: CanvasMode, colour: Bool) {
        var row = 0
        for line in TextWrap.lines(title, width: rect.width) {
            buffer.put(line, in: rect, row: row, column: 0, style: Style(bold: true))
            row += 1
        }
        guard values.count == shape.count else { return }
        let room = Rect(x: rect.x, y: rect.y + row, width: rect.width, height: rect.height - row)
        guard let (geometry, legend) = layout(width: room.width, height: room.height, colour: colour, mode: mode) else {
            let note = "\(shape) pixels need more room than \(rect.width)x\(rect.height)"
            buffer.putWrapped(note, in: room, role: .dim)
            return
        }
        let picture = Rect(x: room.x, y: room.y, width: geometry.width, height: geometry.height)
        let pixels = averaged(factor: geometry.factor)
        let chosen = selected.map { ($0 / shape.columns / geometry.factor) * geometry.pictureColumns
            + ($0 % shape.columns) / geometry.factor }
        switch geometry.drawing {
        case .halfBlocks:
            drawHalfBlocks(pixels, geometry: geometry, chosen: chosen, into: &buffer, in: picture)
        case let .shades(across):
            drawShades(pixels, geometry: geometry, across: across, chosen: chosen, mode: mode, into: &buffer, in: picture)
        }
        let legendRect = Rect(x: room.x, y: picture.maxY, width: room.width, height: room.maxY - picture.maxY)
        drawLegend(legend, into: &buffer, in: legendRect)
    }

    /// The finest geometry that leaves room for the legend under the picture, and the legend's lines.
    public func layout(width: Int, height: Int, colour: Bool, mode: CanvasMode) -> (HeatMapGeometry, Legend)? {
        for averagedNote in [false, true] {
            let probe = HeatMapGeometry(drawing: .halfBlocks, factor: averagedNote ? 2 : 1, pictureRows: 1, pictureColumns: 1)
            let rows = legend(width: width, geometry: probe, mode: mode, colour: colour).lines.count
            guard let geometry = HeatMapGeometry.fitting(shape, width: width, height: height - rows,
                                                         colour: colour, mode: mode) else { return nil }
            if geometry.factor == 1 || averagedNote {
                return (geometry, legend(width: width, geometry: geometry, mode: mode, colour: colour))
            }
        }
        return nil
    }

    /// Draws only the picture, laid out as `geometry` says, at the top left of `rect`: no title and no
    /// legend, for a strip of small images that share one scale.
    public func renderPicture(into buffer: inout CellBuffer, in rect: Rect, geometry: HeatMapGeometry, mode: CanvasMode) {
        guard values.count == shape.count else { return }
        let picture = Rect(x: rect.x, y: rect.y, width: min(rect.width, geometry.width), height: min(rect.height, geometry.height))
        let pixels = averaged(factor: geometry.factor)
        switch geometry.drawing {
        case .halfBlocks:
            drawHalfBlocks(pixels, geometry: geometry, chosen: nil, into: &buffer, in: picture)
        case let .shades(across):
            drawShades(pixels, geometry: geometry, across: across, chosen: nil, mode: mode, into: &buffer, in: picture)
        }
    }

    // MARK: - Parts

    /// The values averaged in square blocks of `factor` × `factor` pixels (a block with ∞ is ∞), row by row.
    func averaged(factor: Int) -> [Double] {
        guard factor > 1 else { return values }
        let rows = (shape.rows + factor - 1) / factor
        let columns = (shape.columns + factor - 1) / factor
        var result: [Double] = []
        result.reserveCapacity(rows * columns)
        for r in 0..<rows {
            for c in 0..<columns {
                var sum = 0.0
                var count = 0
                for y in (r * factor)..<min(shape.rows, (r + 1) * factor) {
                    for x in (c * factor)..<min(shape.columns, (c + 1) * factor) where !values[y * shape.columns + x].isNaN {
                        sum += values[y * shape.columns + x]
                        count += 1
                    }
                }
                result.append(count == 0 ? .nan : sum / Double(count))
            }
        }
        return result
    }

    /// Two picture pixels per cell: ▀ with the top pixel's grey in front and the bottom one's behind.
    /// The chosen pixel is drawn in the highlight colour, always as the front half (▀ on top, ▄ below).
    private func drawHalfBlocks(_ pixels: [Double], geometry: HeatMapGeometry, chosen: Int?,
                                into buffer: inout CellBuffer, in rect: Rect) {
        let columns = geometry.pictureColumns
        for cellRow in 0..<geometry.height {
            for column in 0..<columns {
                let top = (2 * cellRow) * columns + column
                let bottom = top + columns
                let hasBottom = 2 * cellRow + 1 < geometry.pictureRows
                var style = Style(foreground: gray(pixels[top]), background: hasBottom ? gray(pixels[bottom]) : nil)
                var glyph: Character = "▀"
                if chosen == top {
                    style.foreground = nil
                    style.role = .chartYellow
                } else if chosen == bottom && hasBottom {
                    glyph = "▄"
                    style = Style(.chartYellow, background: gray(pixels[top]))
                }
                buffer.set(Cell(glyph, style: style), column: column, row: cellRow, in: rect)
            }
        }
    }

    /// One shade character per pixel (`across` cells wide); the chosen pixel is reversed and bold, and
    /// when it is two cells wide its first is a pointer, so plain text shows it too.
    private func drawShades(_ pixels: [Double], geometry: HeatMapGeometry, across: Int, chosen: Int?, mode: CanvasMode,
                            into buffer: inout CellBuffer, in rect: Rect) {
        let ramp = Self.ramp(mode)
        let pointer = ChartSymbols.forMode(mode).selection
        for row in 0..<geometry.pictureRows {
            for column in 0..<geometry.pictureColumns {
                let index = row * geometry.pictureColumns + column
                let isChosen = index == chosen
                let style = isChosen ? Style(.chartYellow, bold: true, reverse: true) : .normal
                let glyph = shade(pixels[index], ramp: ramp)
                for k in 0..<across {
                    let character = isChosen && k == 0 && across > 1 ? pointer : glyph
                    buffer.set(Cell(character, style: style), column: column * across + k, row: row, in: rect)
                }
            }
        }
    }

    /// The legend: the scale's ends around a strip of its shades (five cells, fewer in a narrow map; the
    /// upper end on a line of its own when even one does not fit), what darker or denser means (a grey
    /// image's strip, black to white, says it alone), and the averaging. Numbers are never cut.
    func legend(width: Int, geometry: HeatMapGeometry, mode: CanvasMode, colour: Bool) -> Legend {
        let notation: Notation = mode.isUnicode ? .unicode : .ascii
        let (low, high) = (notation.number(range.lowerBound), notation.number(range.upperBound))
        let greys = colour && mode.isUnicode
        let stripWidth = greys ? max(1, min(5, width - low.displayWidth - high.displayWidth - 2)) : Self.ramp(mode).count
        let strip = greys ? String(repeating: " ", count: stripWidth) : String(Self.ramp(mode))
        let oneLine = "\(low) \(strip) \(high)"
        let ends = oneLine.displayWidth <= width ? [oneLine] : ["\(low) \(strip)", high]
        var words: String
        switch (scale, greys) {
        case (.loss, true): words = "darker: more loss"
        case (.loss, false): words = "denser: more loss"
        case (.image, true): words = ""
        case (.image, false): words = "denser: brighter"
        }
        if geometry.factor > 1 {
            words += (words.isEmpty ? "" : "; ") + "averaged \(geometry.factor)x\(geometry.factor)"
        }
        let start = low.displayWidth + 1
        return Legend(lines: ends + (words.isEmpty ? [] : TextWrap.lines(words, width: width)),
                      greyStrip: greys ? start..<(start + stripWidth) : nil)
    }

    /// A map's legend: its lines, and the columns of the first line that show the grey strip.
    public struct Legend: Sendable {
        public var lines: [String]
        public var greyStrip: Range<Int>?
    }

    private func drawLegend(_ legend: Legend, into buffer: inout CellBuffer, in rect: Rect) {
        for (row, line) in legend.lines.enumerated() {
            buffer.put(line, in: rect, row: row, column: 0, style: Style(dim: true))
        }
        guard let strip = legend.greyStrip else { return }
        for (k, column) in strip.enumerated() {
            let value = range.lowerBound + (range.upperBound - range.lowerBound) * Double(k) / Double(max(1, strip.count - 1))
            buffer.set(Cell(" ", style: Style(background: gray(value))), column: column, row: 0, in: rect)
        }
    }
}
