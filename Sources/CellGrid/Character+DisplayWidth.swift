extension Character {
    /// How many terminal columns the grapheme takes: 0 for controls and invisible format characters
    /// (such as the bidirectional overrides), 2 for wide (East Asian, emoji), else 1.
    ///
    /// The first scalar decides; combining marks that follow it (x + U+0302 = x̂) add nothing.
    public var displayWidth: Int {
        guard let first = unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        // Fast paths for what the app draws most: Latin text, then box lines, arrows, maths and braille.
        if v < 0x300 { return 1 }
        if (0x2500..<0x2600).contains(v) || (0x2800..<0x2900).contains(v) || (0x2190..<0x2300).contains(v) { return 1 }
        if first.properties.isEmojiPresentation { return 2 }
        if Character.isWide(v) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, the blocks that matter in practice).
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// The text's width in terminal columns, grapheme by grapheme.
    ///
    /// Inlinable so it is compiled for the caller's `String` or `Substring`: reaching the bytes
    /// through protocol witnesses is several times slower, and the Lab measures its texts on every key.
    @inlinable
    public var displayWidth: Int {
        // Printable ASCII, most of what the app draws, is one column per byte.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
        var w = 0
        for c in self { w += c.displayWidth }
        return w
    }
}
