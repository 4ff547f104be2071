/// How finely a chart draws its curves: braille dots, half blocks, or plain ASCII characters.
public enum CanvasMode: String, CaseIterable, Sendable, Hashable {
    /// Braille patterns: 2 × 4 dots per cell, the finest curves a text terminal can show.
    case braille
    /// Half blocks (▀ ▄ █): 1 × 2 dots per cell, bold and legible in any font with block elements.
    case blocks
    /// Pure ASCII: one series glyph per cell, for terminals and files that are not UTF-8.
    case ascii

    /// Dots across and down one cell.
    public var dotsPerCell: (across: Int, down: Int) {
        switch self {
        case .braille: (2, 4)
        case .blocks: (1, 2)
        case .ascii: (1, 1)
        }
    }

    /// Whether the mode may print characters outside ASCII.
    public var isUnicode: Bool { self != .ascii }

    /// The mode the locale allows: braille when the character set is UTF-8, ASCII otherwise.
    ///
    /// Reads `LC_ALL`, then `LC_CTYPE`, then `LANG`, as the C library does: the first one set decides.
    public static func automatic(environment: [String: String]) -> CanvasMode {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let lower = value.lowercased()
            return lower.contains("utf-8") || lower.contains("utf8") ? .braille : .ascii
        }
        return .ascii
    }
}
