#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
struct ProgressBar {
    let total: Int
    /// Whether anything is drawn at all.
    let isShown: Bool = isatty(STDERR_FILENO) == 1
    static let width = 30

    /// Draws the bar at `done` of `total` steps, followed by `label` (redrawn only when its percentage changes).
    func show(done: Int, label: String) {
        guard isShown, total > 0 else { return }
        let percent = 100 * done / total
        guard done == total || 100 * (done - 1) / total != percent else { return }
        let filled = Self.width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: Self.width - filled)
        Self.emit("\r[\(bar)] \(percent)%  \(label)")
    }

    /// Removes the bar.
    func clear() {
        guard isShown else { return }
        Self.emit("\r\u{1B}[K")
    }

    /// Writes straight to the file descriptor, unbuffered.
    private static func emit(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
