import CellGrid
import LossKit

/// Values laid out where they sit in an image: the loss per pixel, or the pixels of x and x̂ themselves.
///
/// With colour, each cell shows two pixels with the upper half block ▀ (foreground the top pixel,
/// background the bottom one) in grey levels; without colour or in ASCII, one shade character per
/// pixel. An image too large for its rectangle is averaged down in square blocks, and a note says so.
/// On a loss map darker means more loss (0 is white, the largest finite loss black, ∞ black too); on
/// an image, 0 is black and 1 white. Without colour the denser shade means more, and the legend says it.
public struct HeatMap: Sendable {
    /// What the values are, which decides how they become grey.
    public enum Scale: Sendable, Hashable {
        /// Losses: 0 is white and the largest finite value black, so darker means more loss.
        case loss
        /// Pixel values from `lowerBound` (black) to `upperBound` (white).
        case image(ClosedRange<Double>)
    }

    /// The line above the picture (word-wrapped, never cut).
    public var title: String
    /// The values row by row; there must be `shape.count` of them.
    public var values: [Double]
    public var shape: ImageShape
    /// The pixel (0-based, row by row) to mark, such as the Lab's chosen element.
    public var selected: Int?
    public var scale: Scale

    public init(title: String, values: [Double], shape: ImageShape, selected: Int? = nil, scale: Scale = .loss) {
        self.title = title
        self.values = values
        self.shape = shape
        self.selected = selected
        self.scale = scale
    }

    /// The range drawn from the lightest shade to the darkest (loss) or from black to white (image).
    var range: ClosedRange<Double> {
        switch scale {
        case .loss: 0...max(values.filter(\.isFinite).max() ?? 0, 0)
        case let .image(range): range
        }
    }

    /// Where `value` lies in `range`, from 0 to 1; ∞ and values past the ends are clamped, NaN is 0.
    func fraction(_ value: Double) -> Double {
        if value.isNaN { return 0 }
        if value == .infinity { return 1 }
        let r = range
        guard r.upperBound > r.lowerBound else { return value > r.lowerBound ? 1 : 0 }
        return min(1, max(0, (value - r.lowerBound) / (r.upperBound - r.lowerBound)))
    }

    /// The grey of `value`: darker for more loss, lighter for a brighter pixel.
    func gray(_ value: Double) -> Gray {
        let f = fraction(value)
        return Gray(fraction: scale == .loss ? 1 - f : f)
    }

    /// The shade character of `value` on `ramp`: the first (lightest) only for the bottom of the range.
    func shade(_ value: Double, ramp: [Character]) -> Character {
        let f = fraction(value)
        guard f > 0 else { return ramp[0] }
        return ramp[min(ramp.count - 1, max(1, Int((f * Double(ramp.count - 1)).rounded(.up))))]
    }

    /// Shades from nothing to full, for pictures without colour.
    static func ramp(_ mode: CanvasMode) -> [Character] {
        mode.isUnicode ? ["·", "░", "▒", "▓", "█"] : [".", ":", "+", "#", "@"]
    }
}
