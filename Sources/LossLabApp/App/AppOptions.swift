import LossKit

/// How the app draws: Unicode or ASCII symbols, with or without colour.
public struct AppOptions: Sendable, Equatable {
    /// Draw with ASCII only: `xhat`, `sum`, `-` rules, ASCII charts.
    public var ascii: Bool
    /// Whether the terminal shows colour, so pictures can use grey levels (else shade characters).
    public var colour: Bool

    public init(ascii: Bool = false, colour: Bool = true) {
        self.ascii = ascii
        self.colour = colour
    }

    /// The formula notation the options ask for.
    public var notation: Notation { ascii ? .ascii : .unicode }
}
