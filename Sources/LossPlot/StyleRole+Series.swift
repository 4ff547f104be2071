import CellGrid

extension StyleRole {
    /// The roles given to a chart's series, in order; the theme colours them apart on dark and light backgrounds.
    public static let seriesPalette: [StyleRole] = [.chartBlue, .chartRed, .chartGreen, .chartMagenta, .chartCyan, .chartYellow]
}
