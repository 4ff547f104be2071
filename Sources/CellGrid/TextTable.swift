/// Rows of cells laid out in aligned columns, for plain-text and Markdown output.
public struct TextTable: Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// Columns right-aligned to equal width (in terminal columns, so x̂ counts as one), two spaces apart.
    public func plain(indent: String = "  ") -> String {
        var text = ""
        Self.writePlain(header: header, rows: rows, indent: indent, to: &text)
        return text
    }

    /// A GitHub-flavoured Markdown table, numbers aligned right.
    public func markdown() -> String {
        var text = ""
        Self.writeMarkdown(header: header, rows: rows, to: &text)
        return text
    }

    /// Writes `plain()` of a table whose rows are made as they are read (read twice: once to measure
    /// the columns, once to write them), so a table of 10⁷ rows never stands in memory. No final new line.
    public static func writePlain(header: [String], rows: some Collection<[String]>, indent: String = "  ",
                                  to output: inout some TextOutputStream) {
        var widths = header.map(\.displayWidth)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], cell.displayWidth) }
        }
        func line(_ cells: [String]) -> String {
            var text = indent
            for (column, cell) in cells.enumerated() {
                if column > 0 { text += "  " }
                text += String(repeating: " ", count: max(0, (column < widths.count ? widths[column] : 0) - cell.displayWidth)) + cell
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        output.write(line(header) + "\n")
        output.write(indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in rows { output.write("\n" + line(row)) }
    }

    /// Writes `markdown()` of a table whose rows are made as they are read. No final new line.
    public static func writeMarkdown(header: [String], rows: some Collection<[String]>, to output: inout some TextOutputStream) {
        func line(_ cells: [String]) -> String { "| " + cells.map { $0.replacingPipe() }.joined(separator: " | ") + " |" }
        output.write(line(header) + "\n")
        output.write("|" + String(repeating: "---:|", count: header.count))
        for row in rows { output.write("\n" + line(row)) }
    }
}

extension String {
    /// The text with `|` escaped for a Markdown table cell.
    func replacingPipe() -> String {
        guard contains("|") else { return self }
        return String(flatMap { $0 == "|" ? ["\\", "|"] : [$0] })
    }
}
