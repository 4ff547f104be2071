import LossKit
import LossPlot

/// How the app draws: Unicode or ASCII symbols, which canvas its charts use, with or without colour.
public struct AppOptions: Sendable, Equatable {
    /// Draw with ASCII only: `xhat`, `sum`, `-` rules, ASCII charts.
    public var ascii: Bool
    /// How charts draw curves: braille, half blocks (for consoles whose fonts lack braille), or ASCII
    /// (always, when `ascii` is set). Chart call sites read this rather than deciding from `ascii`.
    public var canvas: CanvasMode
    /// Whether the terminal shows colour, so pictures can use grey levels (else shade characters).
    public var colour: Bool

    /// The options for `ascii`, with charts on `canvas` unless ASCII overrides it.
    public init(ascii: Bool = false, canvas: CanvasMode = .braille, colour: Bool = true) {
        self.ascii = ascii
        self.canvas = ascii ? .ascii : canvas
        self.colour = colour
    }

    /// The options for a terminal: ASCII when asked or when the locale is not UTF-8; charts in blocks on
    /// the Linux console (TERM `linux…`), whose fonts have no braille patterns.
    public init(ascii: Bool, localeIsUTF8: Bool, term: String?) {
        let consoleFont = term.map { $0 == "linux" || $0.hasPrefix("linux-") } ?? false
        self.init(ascii: ascii || !localeIsUTF8, canvas: consoleFont ? .blocks : .braille)
    }

    /// The formula notation the options ask for.
    public var notation: Notation { ascii ? .ascii : .unicode }
}
