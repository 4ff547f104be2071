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
        let widths = columnWidths()
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { i, c in padLeft(c, widths[i]) }
            var text = indent + padded.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        let rule = indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// A GitHub-flavoured Markdown table, numbers aligned right.
    public func markdown() -> String {
        func line(_ cells: [String]) -> String { "| " + cells.map { $0.replacingPipe() }.joined(separator: " | ") + " |" }
        let rule = "|" + String(repeating: "---:|", count: header.count)
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    private func columnWidths() -> [Int] {
        header.indices.map { column in
            ([header] + rows).map { $0.indices.contains(column) ? $0[column].displayWidth : 0 }.max() ?? 0
        }
    }

    private func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.displayWidth)) + text
    }
}

extension String {
    /// The text with `|` escaped for a Markdown table cell.
    func replacingPipe() -> String {
        guard contains("|") else { return self }
        return String(flatMap { $0 == "|" ? ["\\", "|"] : [$0] })
    }
}
