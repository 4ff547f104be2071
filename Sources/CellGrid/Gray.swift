/// A grey level from black (0) to white (255), for pictures such as heat maps drawn with half blocks.
///
/// The backend picks the nearest grey the terminal can show; without colour it cannot show any, so
/// a picture for a monochrome screen is drawn with a ramp of shade characters instead.
public struct Gray: Sendable, Hashable, Comparable {
    public var level: UInt8

    public init(_ level: UInt8) { self.level = level }

    /// The grey at `fraction` of the way from black (0) to white (1), clamped to that range.
    public init(fraction: Double) {
        let f = fraction.isNaN ? 0 : min(1, max(0, fraction))
        level = UInt8((f * 255).rounded())
    }

    /// How light the grey is, from 0 (black) to 1 (white).
    public var fraction: Double { Double(level) / 255 }

    public static func < (a: Gray, b: Gray) -> Bool { a.level < b.level }

    public static let black = Gray(0)
    public static let white = Gray(255)
}
