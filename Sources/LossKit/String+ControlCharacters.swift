extension String {
    /// The text with every control character written as a visible escape, safe to print on a terminal.
    ///
    /// This is the one escaping rule for everything that quotes input back (error messages, file and
    /// folder names, values from data files): ESC becomes `\e`, a line break `\n`, a carriage return
    /// `\r`, a tab `\t`, every other C0 control and DEL `\xHH`, and C1 controls and the invisible
    /// bidirectional formatting characters (which reorder what follows them) `\u{HHHH}`. So
    /// `"\u{1B}[2J"` shows as `\e[2J`, BEL as `\x07` and U+202E as `\u{202E}`. With `keepingLineBreaks`,
    /// `\n` stays, for messages of several lines.
    public func replacingControlCharacters(keepingLineBreaks: Bool = false) -> String {
        let keep: (Unicode.Scalar) -> Bool = { !$0.isTerminalControl || (keepingLineBreaks && $0 == "\n") }
        if unicodeScalars.allSatisfy(keep) { return self }
        var out = ""
        for s in unicodeScalars {
            if keep(s) {
                out.unicodeScalars.append(s)
                continue
            }
            switch s {
            case "\u{1B}": out += "\\e"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let hex = String(s.value, radix: 16, uppercase: true)
                out += s.value < 0x80 ? "\\x" + (hex.count < 2 ? "0" : "") + hex : "\\u{\(hex)}"
            }
        }
        return out
    }

    /// Whether the text holds a character that `replacingControlCharacters()` would escape.
    public var containsControlCharacters: Bool { unicodeScalars.contains { $0.isTerminalControl } }
}

extension Unicode.Scalar {
    /// Whether the scalar must never reach a terminal raw: C0 and C1 controls, DEL, and the
    /// bidirectional marks, embeddings, overrides and isolates.
    public var isTerminalControl: Bool {
        switch value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
