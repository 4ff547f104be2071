import LossPlot

extension Screen {
    /// Copies a LossPlot chart into `rect` (clipped to it), its cell styles turned into roles.
    public mutating func blit(_ grid: ChartGrid, in rect: Rect) {
        for row in 0..<min(grid.height, rect.height) {
            var x = rect.x
            for column in 0..<min(grid.width, rect.width) {
                let cell = grid[column, row]
                x = put(String(cell.character), x: x, y: rect.y + row, role: Self.role(cell.style), limit: rect.maxX - x)
            }
        }
    }

    /// The role of a chart cell's style: its colour, else bold as `strong` and dim as `dim`.
    static func role(_ style: CellStyle) -> StyleRole {
        switch style.colour {
        case .blue?: .chartBlue
        case .red?: .chartRed
        case .green?: .chartGreen
        case .magenta?: .chartMagenta
        case .cyan?: .chartCyan
        case .yellow?: .chartYellow
        case .black?, .white?, nil: style.bold ? .strong : style.dim ? .dim : .normal
        }
    }
}
