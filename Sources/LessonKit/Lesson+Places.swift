extension Lesson {
    /// One block as a saved reading position sees it: the heading above it and its plain text.
    public struct Place: Sendable, Equatable {
        /// The text of the nearest heading above the block (the block's own, for a heading).
        public var heading: String?
        /// The block's words without styles; a directive's is its kind and index.
        public var text: String
    }

    /// Every block's place, in order, so a position saved as an anchor can be found again after an edit.
    public var places: [Place] {
        var heading: String?
        return blocks.map { block in
            if case let .heading(_, runs) = block.kind { heading = Self.plain(runs) }
            return Place(heading: heading, text: Self.plain(block))
        }
    }

    private static func plain(_ runs: [InlineRun]) -> String { runs.map(\.text).joined() }

    private static func plain(_ block: Block) -> String {
        switch block.kind {
        case let .heading(_, runs), let .paragraph(runs): plain(runs)
        case let .list(_, _, items): items.flatMap { $0.map(plain) }.joined(separator: "\n")
        case let .quote(blocks): blocks.map(plain).joined(separator: "\n")
        case let .code(text): text
        case let .formula(lines): lines.joined(separator: "\n")
        case let .table(table): (table.header + table.rows.flatMap { $0 }).map(plain).joined(separator: " | ")
        case .rule: "---"
        case let .directive(index): "directive \(index)"
        }
    }
}
