#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the terminal standard output writes to.
enum TerminalSize {
    /// Columns and lines, or nil when standard output is not a terminal.
    static func current() -> (columns: Int, lines: Int)? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }
}

/// Reads environment variables without Foundation.
enum Environment {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The variables that name the locale, as `CanvasMode.automatic` reads them.
    static func locale() -> [String: String] {
        var found: [String: String] = [:]
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] { found[name] = value(name) }
        return found
    }
}
