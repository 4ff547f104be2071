import CellGrid

/// The greys a terminal can show, darkest first, as colour numbers, and the nearest of them to a `Gray`.
///
/// A 256-colour terminal has black (16), the 24-step grey ramp (232–255) and white (231); a
/// 16-colour one black, dark grey, light grey and white (0, 8, 7, 15); any other only black and white.
struct GreyRamp: Equatable {
    /// The colour numbers, darkest first.
    let colours: [Int16]

    /// The ramp of a terminal with `colourCount` colours (terminfo's `colors`).
    init(colourCount: Int) {
        colours = colourCount >= 256 ? [16] + (232...255).map { Int16($0) } + [231]
            : colourCount >= 16 ? [0, 8, 7, 15] : [0, 7]
    }

    /// The colour number of the ramp's step that holds `grey`: the 0…255 levels split evenly between the steps.
    func colour(_ grey: Gray) -> Int16 {
        colours[min(colours.count - 1, Int(grey.level) * colours.count / 256)]
    }
}
