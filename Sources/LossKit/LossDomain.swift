/// The values x and x̂ a loss accepts.
public enum LossDomain: Sendable, Hashable {
    /// Any finite number.
    case realNumbers
    /// Numbers in [0, 1]: probabilities, such as BCE's targets and predictions.
    case unitInterval

    /// Whether `value` lies in the domain (it is assumed finite).
    @inline(__always)
    public func contains(_ value: Double) -> Bool {
        self == .realNumbers || (0...1).contains(value)
    }

    /// How far inside [0, 1] gradient descent keeps a probability: its exact gradient is finite only
    /// strictly inside, and at 10⁻⁶ from an edge BCE's term stays below 14.
    public static let descentMargin = 1e-6

    /// Where a gradient-descent step may leave a prediction: nil for any number, else
    /// [`descentMargin`, 1 − `descentMargin`], inside the open interval (0, 1).
    public var descentBounds: ClosedRange<Double>? {
        self == .realNumbers ? nil : Self.descentMargin...(1 - Self.descentMargin)
    }

    /// The domain as a reader sees it: "any number" or "[0, 1]".
    public var title: String { self == .realNumbers ? "any number" : "[0, 1]" }

    /// Whether values outside [0, 1] look like 8-bit pixels: all whole numbers from 0 to 255.
    public static func looksLikePixels(_ values: [Double]) -> Bool {
        values.allSatisfy { (0...255).contains($0) && $0.rounded() == $0 }
    }
}
