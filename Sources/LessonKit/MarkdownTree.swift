import CCmarkGFM

/// Registers cmark-gfm's extensions once, on first use, whichever thread gets there first.
private let coreExtensionsRegistered: Bool = {
    cmark_gfm_core_extensions_ensure_registered()
    return true
}()

/// A cmark-gfm document tree (CommonMark plus GFM tables), freed when the value goes away.
final class MarkdownTree {
    /// The document node.
    let root: OpaquePointer

    /// Parses `text` with the `table` extension attached.
    init(_ text: String) {
        _ = coreExtensionsRegistered
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        if let table = cmark_find_syntax_extension("table") {
            cmark_parser_attach_syntax_extension(parser, table)
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        root = cmark_parser_finish(parser)
        cmark_parser_free(parser)
    }

    deinit { cmark_node_free(root) }
}

/// Read-only access to one node of a `MarkdownTree`.
struct MarkdownNode {
    let pointer: OpaquePointer

    /// The node's children, in order.
    var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let c = child {
            result.append(MarkdownNode(pointer: c))
            child = cmark_node_next(c)
        }
        return result
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }

    /// The type's name; extension nodes such as "table", "table_header", "table_row", "table_cell" have theirs.
    var typeName: String { cmark_node_get_type_string(pointer).map { String(cString: $0) } ?? "" }

    /// The text of a text, code or HTML node.
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }

    /// The info string of a fenced code block.
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }

    /// The 1-based line where the node starts, 0 when cmark does not know it.
    var line: Int { Int(cmark_node_get_start_line(pointer)) }

    /// The alignment of each column of a table node.
    var tableAlignments: [Table.Alignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(pointer))
        guard let raw = cmark_gfm_extensions_get_table_alignments(pointer) else {
            return Array(repeating: .left, count: count)
        }
        return (0..<count).map {
            switch raw[$0] {
            case UInt8(ascii: "c"): .center
            case UInt8(ascii: "r"): .right
            default: .left
            }
        }
    }
}
