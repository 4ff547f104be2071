import LossKit
import LossPlot

/// How the app draws: Unicode or ASCII symbols, and which canvas its charts use.
public struct AppOptions: Sendable, Equatable {
    /// Draw with ASCII only: `xhat`, `sum`, `-` rules, ASCII charts.
    public var ascii: Bool
    /// How charts draw curves: braille, half blocks (for consoles whose fonts lack braille), or ASCII
    /// (always, when `ascii` is set). Chart call sites read this rather than deciding from `ascii`.
    public var canvas: CanvasMode

    /// The options for `ascii`, with charts on `canvas` unless ASCII overrides it.
    public init(ascii: Bool = false, canvas: CanvasMode = .braille) {
        self.ascii = ascii
        self.canvas = ascii ? .ascii : canvas
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
