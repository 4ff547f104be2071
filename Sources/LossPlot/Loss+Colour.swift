import CellGrid
import LossKit

extension Loss {
    /// The roles given to losses by their palette index; each stays apart from the others.
    static let palette: [StyleRole] = [.chartBlue, .chartRed, .chartGreen]
    /// The roles of the losses' gradient curves, in the same order.
    static let gradientPalette: [StyleRole] = [.chartCyan, .chartMagenta, .chartYellow]

    /// The loss's colour (a chart role) on every chart and screen.
    public var colour: StyleRole { Self.palette[paletteIndex % Self.palette.count] }

    /// The colour of the loss's gradient curve.
    public var gradientColour: StyleRole { Self.gradientPalette[paletteIndex % Self.gradientPalette.count] }
}
