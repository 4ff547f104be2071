import CellGrid

/// A stretch of paragraph text that shares one style.
public struct InlineRun: Sendable, Equatable {
    /// How a run of text is set.
    public enum Style: Sendable, Equatable {
        case plain
        case emphasis
        case strong
        /// Inline code.
        case code
        /// A number computed by LossKit from an inline `=…` expression.
        case value
        /// Link text; the target is not shown.
        case link
        /// A hard line break; `text` is empty.
        case lineBreak
    }

    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}
