import LossKit

extension Loss {
    /// The colours given to losses by their palette index; each stays apart from the others.
    static let palette: [ChartColour] = [.blue, .red, .green]
    /// The colours of the losses' gradient curves, in the same order.
    static let gradientPalette: [ChartColour] = [.cyan, .magenta, .yellow]

    /// The loss's colour on every chart and screen.
    public var colour: ChartColour { Self.palette[paletteIndex % Self.palette.count] }

    /// The colour of the loss's gradient curve.
    public var gradientColour: ChartColour { Self.gradientPalette[paletteIndex % Self.gradientPalette.count] }
}
