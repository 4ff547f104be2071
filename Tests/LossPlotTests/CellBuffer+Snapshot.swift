import CellGrid

extension CellBuffer {
    /// The buffer as snapshot text: every line `width` columns, trailing spaces kept, each ending in a newline.
    var snapshotText: String { lines().map { $0 + "\n" }.joined() }

    /// The buffer's looks as text, one character per cell, so a snapshot can show colour and emphasis.
    ///
    /// A space is a blank default cell, `.` a drawn one; a chart role is its colour's initial (b, r, g, m,
    /// c, y), capital when bold; `@` a reversed cell; `~` dim; `#` a cell with a grey foreground or background.
    var looksText: String {
        (0..<height).map { y in
            String((0..<width).map { x -> Character in
                let cell = self[x, y]
                let style = cell.style
                if style.reverse { return "@" }
                if style.foreground != nil || style.background != nil { return "#" }
                if style.dim { return "~" }
                let initial: Character? = switch style.role {
                case .chartBlue: "b"
                case .chartRed: "r"
                case .chartGreen: "g"
                case .chartMagenta: "m"
                case .chartCyan: "c"
                case .chartYellow: "y"
                default: nil
                }
                if let initial { return style.bold ? Character(initial.uppercased()) : initial }
                return cell.grapheme == " " || cell.grapheme == "\u{2800}" ? " " : "."
            }) + "\n"
        }.joined()
    }
}
