import CellGrid
import CCmarkGFM

/// Walks a cmark-gfm tree and builds the lesson's blocks, title, coverage tags and directives.
struct MarkdownConverter {
    private(set) var title: String?
    private(set) var titleLine = 1
    private(set) var coverage: [CoverageMark] = []
    private(set) var directives: [Directive] = []
    private(set) var notes: [SpeakerNote] = []
    private(set) var pauses: [Int] = []
    private(set) var problems = LineProblems()

    /// Info strings of fenced blocks that are shown as plain code, not read as directives.
    static let codeLanguages: Set<String> = ["", "text", "sh", "bash", "shell", "console", "python", "swift", "json", "csv"]

    /// The most columns a table may have; a wider one is cut there and reported (no terminal shows it).
    static let maximumTableColumns = 40

    /// How deep blocks (quotes, lists) may nest, and inline styles inside each other; deeper content is left out.
    static let maximumBlockDepth = 12
    static let maximumInlineDepth = 24
    private var depth = 0
    /// How many lists and quotes enclose the block being read: where a pause can split one.
    private var containers = 0

    /// The blocks for a list of block nodes.
    mutating func blocks(_ nodes: [MarkdownNode]) -> [Block] {
        guard depth < Self.maximumBlockDepth else {
            if let line = nodes.first?.line { problems.add(line, "lists or quotes nest too deeply; the deeper part is not shown") }
            return []
        }
        depth += 1
        defer { depth -= 1 }
        return nodes.compactMap { block($0) }
    }

    private mutating func block(_ node: MarkdownNode) -> Block? {
        let line = node.line
        switch node.type {
        case CMARK_NODE_PARAGRAPH:
            let runs = inlines(node.children, style: .plain, line: line)
            return runs.isEmpty ? nil : Block(.paragraph(runs), line: line)
        case CMARK_NODE_HEADING:
            let runs = inlines(node.children, style: .plain, line: line)
            if node.headingLevel == 1 {
                if title == nil {
                    // The title is printed as it is (by `lessons list`, in the title bar): a tab becomes a space.
                    title = String(runs.map(\.text).joined().map { $0 == "\t" ? " " : $0 })
                    titleLine = line
                    return nil
                }
                problems.add(line, "a second level-1 heading; a lesson has one title, so use ## for sections")
            }
            return Block(.heading(level: max(2, node.headingLevel), runs), line: line)
        case CMARK_NODE_LIST:
            containers += 1
            defer { containers -= 1 }
            let items = node.children.map { blocks($0.children) }
            return Block(.list(ordered: node.isOrderedList, start: node.listStart, items: items), line: line)
        case CMARK_NODE_BLOCK_QUOTE:
            containers += 1
            defer { containers -= 1 }
            return Block(.quote(blocks(node.children)), line: line)
        case CMARK_NODE_CODE_BLOCK:
            return codeBlock(node)
        case CMARK_NODE_HTML_BLOCK:
            html(node.literal, line: line, inline: false)
            return nil
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(.rule, line: line)
        default:
            if node.typeName == "table" { return Block(.table(table(node)), line: line) }
            return nil
        }
    }

    /// A fenced block: a directive, a formula or plain code.
    private mutating func codeBlock(_ node: MarkdownNode) -> Block? {
        let line = node.line
        let name = node.fenceInfo.split(separator: " ").first.map { $0.lowercased() } ?? ""
        var body = node.literal
        if body.hasSuffix("\n") { body.removeLast() }
        if Directive.names.contains(name) {
            let before = problems.items.count
            if let directive = Directive.read(name: name, body: body, line: line, problems: &problems),
               problems.items.count == before {
                directives.append(directive)
                return Block(.directive(index: directives.count - 1), line: line)
            }
            return Block(.code(body), line: line)
        }
        if name == "formula" {
            return Block(.formula(body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)), line: line)
        }
        if !Self.codeLanguages.contains(name) {
            problems.add(line, "unknown directive \"\(name)\"; directives are \(Directive.names.joined(separator: ", ")), "
                + "and plain code blocks use ```text")
        }
        return Block(.code(body), line: line)
    }

    private mutating func table(_ node: MarkdownNode) -> Table {
        var alignments = node.tableAlignments
        if alignments.count > Self.maximumTableColumns {
            problems.add(node.line, "the table has \(alignments.count) columns; a table has at most \(Self.maximumTableColumns), "
                + "so split it or turn it round")
            alignments.removeLast(alignments.count - Self.maximumTableColumns)
        }
        let columns = alignments.count
        func padded(_ cells: [[InlineRun]]) -> [[InlineRun]] {
            cells + Array(repeating: [], count: max(0, columns - cells.count))
        }
        var header: [[InlineRun]] = []
        var rows: [[[InlineRun]]] = []
        for row in node.children {
            let cells = row.children.prefix(columns).map { inlines($0.children, style: .plain, line: row.line) }
            if row.typeName == "table_header" || cmark_gfm_extensions_get_table_row_is_header(row.pointer) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return Table(alignments: alignments, header: padded(header), rows: rows.map(padded))
    }

    /// Coverage tags, speaker notes and pauses in HTML comments; other HTML is not shown, and is reported.
    private mutating func html(_ text: String, line: Int, inline: Bool) {
        let trimmed = text.trimmingSpaces().trimmingNewlines()
        if trimmed.hasPrefix("<!--") && !trimmed.contains("-->") {
            problems.add(line, "this comment is never closed with -->, so the rest of the lesson is hidden; close it")
            return
        }
        guard trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->") else {
            problems.add(line, "HTML is not shown in the terminal; write Markdown instead")
            return
        }
        let inner = String(trimmed.dropFirst(4).dropLast(3)).trimmingSpaces().trimmingNewlines()
        if comment(inner, line: line, inline: inline) { return }
        guard inner.lowercased().hasPrefix("covers:") else { return }
        for word in inner.dropFirst(7).split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" }) {
            if let point = CoveragePoint(word) {
                coverage.append(CoverageMark(point: point, line: line))
            } else {
                problems.add(line, "unknown coverage point \"\(word)\"; points are \(CoveragePoint.summary)")
            }
        }
    }

    /// Reads a speaker note or a pause marker; false for any other comment.
    private mutating func comment(_ inner: String, line: Int, inline: Bool) -> Bool {
        let lower = inner.lowercased()
        if lower == "pause" {
            if inline || containers == 0 {
                problems.add(line, "<!-- pause --> splits only a list or a quote (each other block is revealed on its own): "
                    + "put it on a line of its own inside a list item or quote")
            } else {
                pauses.append(line)
            }
            return true
        }
        if lower.hasPrefix("note:") || lower.hasPrefix("speaker notes:") {
            problems.add(line, "speaker notes are written <!-- notes: … -->")
            return true
        }
        guard lower.hasPrefix("notes:") else { return false }
        let text = inner.dropFirst(6).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if text.isEmpty {
            problems.add(line, "empty speaker notes: write what to say after \"notes:\", or remove the comment")
        } else {
            notes.append(SpeakerNote(text: text, line: line))
        }
        return true
    }

    /// The runs of a list of inline nodes, with neighbours of the same style merged.
    private mutating func inlines(_ nodes: [MarkdownNode], style: InlineRun.Style, line: Int) -> [InlineRun] {
        guard depth < Self.maximumBlockDepth + Self.maximumInlineDepth else {
            problems.add(line, "emphasis or links nest too deeply; the deeper part is not shown")
            return []
        }
        depth += 1
        defer { depth -= 1 }
        var runs: [InlineRun] = []
        func add(_ run: InlineRun) {
            if let last = runs.last, last.style == run.style, run.style != .lineBreak, run.style != .value {
                runs[runs.count - 1].text += run.text
            } else if !run.text.isEmpty || run.style == .lineBreak {
                runs.append(run)
            }
        }
        for node in nodes {
            let nodeLine = node.line > 0 ? node.line : line
            switch node.type {
            case CMARK_NODE_TEXT: add(InlineRun(node.literal, style))
            case CMARK_NODE_SOFTBREAK: add(InlineRun(" ", style))
            case CMARK_NODE_LINEBREAK: add(InlineRun("", .lineBreak))
            case CMARK_NODE_CODE:
                let code = node.literal
                if code.hasPrefix("=") {
                    add(InlineValue.run(code, line: nodeLine, problems: &problems))
                } else {
                    add(InlineRun(code, .code))
                }
            case CMARK_NODE_HTML_INLINE: html(node.literal, line: nodeLine, inline: true)
            case CMARK_NODE_EMPH:
                inlines(node.children, style: style == .strong ? .strong : .emphasis, line: nodeLine).forEach(add)
            case CMARK_NODE_STRONG: inlines(node.children, style: .strong, line: nodeLine).forEach(add)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: inlines(node.children, style: .link, line: nodeLine).forEach(add)
            default: inlines(node.children, style: style, line: nodeLine).forEach(add)
            }
        }
        return runs
    }
}

extension String {
    /// The text without leading and trailing newlines.
    func trimmingNewlines() -> String {
        var s = Substring(self)
        while s.first == "\n" { s = s.dropFirst() }
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
