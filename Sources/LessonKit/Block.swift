/// One block of a lesson, with the 1-based line where it starts in the source.
public struct Block: Sendable, Equatable {
    /// What a block is.
    public enum Kind: Sendable, Equatable {
        /// A heading of level 2 or deeper (level 1 is the lesson's title).
        case heading(level: Int, [InlineRun])
        case paragraph([InlineRun])
        /// A bulleted or numbered list; each item is a list of blocks.
        case list(ordered: Bool, start: Int, items: [[Block]])
        case quote([Block])
        /// A fenced or indented code block, shown as is.
        case code(String)
        /// A `formula` block: one formula per line, shown as is and transliterated in ASCII mode.
        case formula([String])
        /// A table; `header` and each row hold one list of runs per column.
        case table(Table)
        /// A horizontal rule.
        case rule
        /// The interactive part `lesson.directives[index]`.
        case directive(index: Int)
    }

    public var kind: Kind
    public var line: Int

    public init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }
}

/// A GFM table: a header row, body rows and one alignment per column.
public struct Table: Sendable, Equatable {
    /// How a column's cells sit in their width.
    public enum Alignment: Sendable, Equatable { case left, center, right }

    public var alignments: [Alignment]
    public var header: [[InlineRun]]
    public var rows: [[[InlineRun]]]
}
