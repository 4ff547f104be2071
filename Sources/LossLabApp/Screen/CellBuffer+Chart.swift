import CellGrid
import LossKit
import LossPlot

extension CellBuffer {
    /// Copies a LossPlot chart into `rect` (clipped to it), its cell styles turned into roles.
    ///
    /// LossPlot puts one single-column character in each cell, so cells are copied one to one; any
    /// other character (a control, a wide one) becomes a space rather than shifting the row.
    public mutating func blit(_ grid: ChartGrid, in rect: Rect) {
        let rows = max(0, min(grid.height, rect.height, height - rect.y))
        let columns = max(0, min(grid.width, rect.width, width - rect.x))
        for row in 0..<rows where rect.y + row >= 0 {
            for column in 0..<columns where rect.x + column >= 0 {
                let cell = grid[column, row]
                let character = cell.character.displayWidth == 1 ? cell.character : " "
                self[rect.x + column, rect.y + row] = Cell(character, style: Self.style(cell.style))
            }
        }
    }

    /// A chart cell's style on screen: its colour as a role, its bold and dim kept.
    static func style(_ style: CellStyle) -> Style {
        let role: StyleRole = switch style.colour {
        case .blue?: .chartBlue
        case .red?: .chartRed
        case .green?: .chartGreen
        case .magenta?: .chartMagenta
        case .cyan?: .chartCyan
        case .yellow?: .chartYellow
        case .black?, .white?, nil: .normal
        }
        return Style(role, bold: style.bold, dim: style.dim)
    }
}
