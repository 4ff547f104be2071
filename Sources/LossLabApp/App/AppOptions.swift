import LossKit

/// How the app draws: Unicode or ASCII symbols.
public struct AppOptions: Sendable, Equatable {
    /// Draw with ASCII only: `xhat`, `sum`, `-` rules, ASCII charts.
    public var ascii: Bool

    public init(ascii: Bool = false) {
        self.ascii = ascii
    }

    /// The formula notation the options ask for.
    public var notation: Notation { ascii ? .ascii : .unicode }
}
