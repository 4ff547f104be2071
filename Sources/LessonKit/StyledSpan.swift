import CellGrid
import LossKit

/// What a piece of laid-out text is, so the app can pick its colour and attributes.
public enum SpanRole: Sendable, Equatable {
    case body
    /// The lesson's title (the level-1 heading).
    case title
    /// A section heading.
    case heading
    case strong
    case emphasis
    /// Inline code and code blocks.
    case code
    /// A formula block.
    case formula
    /// A number computed by LossKit in running text.
    case value
    case link
    /// A list bullet or number.
    case bullet
    /// The bar in front of a quoted line.
    case quote
    /// Table borders.
    case tableBorder
    /// Table header cells.
    case tableHeader
    /// A horizontal rule.
    case rule
}

/// A piece of one laid-out line in one role.
public struct StyledSpan: Sendable, Equatable {
    public var text: String
    public var role: SpanRole

    public init(_ text: String, _ role: SpanRole) {
        self.text = text
        self.role = role
    }
}

/// One line of a laid-out lesson: styled text, or the place where a directive's widget goes.
public enum LayoutLine: Sendable, Equatable {
    /// Text no wider than the layout width.
    case text([StyledSpan])
    /// Draw `lesson.directives[index]` here, `indent` columns from the left, as tall as the widget needs.
    case directive(index: Int, indent: Int)

    /// The line as plain text; a directive slot reads `[directive k]`.
    public var plainText: String {
        switch self {
        case let .text(spans): spans.map(\.text).joined()
        case let .directive(index, indent): String(repeating: " ", count: indent) + "[directive \(index)]"
        }
    }

    /// The display width of a text line (0 for a directive slot).
    public var width: Int {
        if case let .text(spans) = self { return spans.reduce(0) { $0 + $1.text.displayWidth } }
        return 0
    }
}
