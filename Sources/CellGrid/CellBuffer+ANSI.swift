extension CellBuffer {
    /// The buffer as lines with ANSI (SGR) escape codes for colour and emphasis, for printing to a colour terminal.
    ///
    /// Each role takes the codes of `ANSIColours.codes(for:)`; bold, reverse and dim add to them, and grey
    /// levels use the 256-colour palette's greys. Every line ends in the default look.
    public func ansiLines() -> [String] {
        (0..<height).map { y in
            var line = ""
            var current = Style.normal
            for x in 0..<width where !self[x, y].isContinuation {
                let cell = self[x, y]
                if cell.style != current {
                    line += ANSIColours.sequence(for: cell.style)
                    current = cell.style
                }
                line.append(cell.grapheme)
            }
            if current != .normal { line += "\u{1B}[0m" }
            return line
        }
    }
}

/// The ANSI look of each style role, as the command line prints it (the app's terminal theme is its own).
public enum ANSIColours {
    /// The SGR codes of `role` alone: a colour for chart series and messages, emphasis for the rest.
    public static func codes(for role: StyleRole) -> [Int] {
        switch role {
        case .normal, .input: []
        case .titleBar, .keyBar, .selected: [7]
        case .heading, .tableHeader: [1, 36]
        case .strong: [1]
        case .emphasis: [4]
        case .dim: [2]
        case .formula: [33]
        case .code: [32]
        case .inputFocused: [4, 1]
        case .highlight: [7, 1]
        case .error: [1, 31]
        case .success: [1, 32]
        case .chartBlue: [34]
        case .chartRed: [31]
        case .chartGreen: [32]
        case .chartMagenta: [35]
        case .chartCyan: [36]
        case .chartYellow: [33]
        }
    }

    /// The escape sequence that switches to `style` from any other.
    public static func sequence(for style: Style) -> String {
        var codes = [0] + codes(for: style.role)
        if style.bold { codes.append(1) }
        if style.dim { codes.append(2) }
        if style.reverse { codes.append(7) }
        if let grey = style.foreground { codes += [38, 5, paletteIndex(grey)] }
        if let grey = style.background { codes += [48, 5, paletteIndex(grey)] }
        return "\u{1B}[" + codes.map(String.init).joined(separator: ";") + "m"
    }

    /// The nearest of the 256-colour palette's greys: black (16), the ramp 232–255, white (231).
    public static func paletteIndex(_ grey: Gray) -> Int {
        let step = (Int(grey.level) * 25 + 127) / 255
        switch step {
        case 0: return 16
        case 25: return 231
        default: return 231 + step
        }
    }
}
