import LessonKit

/// How a key binding is shown: its keys in Unicode and ASCII, a short label for the key bar, a
/// longer text for the help page, and how much it deserves a place in a narrow key bar.
public struct KeyHelp: Sendable, Equatable {
    /// The keys as shown with Unicode, such as "↑↓ j k".
    public var keys: String
    /// The keys as shown in ASCII, such as "Up/Down j k".
    public var asciiKeys: String
    /// What the key bar says, such as "move".
    public var label: String
    /// What the help page says.
    public var help: String
    /// Bindings with a higher priority keep their place in a key bar too narrow for all.
    public var priority: Int
    /// Whether the key bar shows this binding at all (the help page shows every one).
    public var inBar: Bool

    /// A binding shown as `keys` (`ascii` in ASCII, the same when nil) with a bar `label` and a help
    /// text (the label when nil).
    public init(_ keys: String, ascii: String? = nil, _ label: String, help: String? = nil, priority: Int = 5, inBar: Bool = true) {
        self.keys = keys
        asciiKeys = ascii ?? keys
        self.label = label
        self.help = help ?? label
        self.priority = priority
        self.inBar = inBar
    }

    /// The keys as shown in Unicode or ASCII.
    public func keys(ascii: Bool) -> String { ascii ? asciiKeys : keys }

    /// The bar label in Unicode or ASCII (`x̂` becomes `xhat`).
    public func label(ascii: Bool) -> String { ascii ? ASCIIText.transliterate(label) : label }

    /// The help text in Unicode or ASCII.
    public func help(ascii: Bool) -> String { ascii ? ASCIIText.transliterate(help) : help }
}
