/// The keys of each screen, for the help page and the key bar: one source, so they never disagree.
public struct KeyHelp: Sendable, Equatable {
    /// The key or keys as shown, such as "[ ]".
    public var keys: String
    /// What they do.
    public var action: String
    /// Whether the key bar shows this entry (the help page shows all).
    public var inBar: Bool

    public init(_ keys: String, _ action: String, inBar: Bool = true) {
        self.keys = keys
        self.action = action
        self.inBar = inBar
    }

    /// The keys of `page`, written in ASCII when `ascii` is set; the Lab's convention key only while
    /// a shown loss uses a convention.
    public static func keys(for page: Page, ascii: Bool, lab: LabState? = nil) -> [KeyHelp] {
        let upDown = ascii ? "Up/Down" : "↑↓"
        let xhat = ascii ? "xhat" : "x\u{0302}"
        switch page {
        case .contents:
            return [
                KeyHelp("\(upDown) j k", "move"),
                KeyHelp("Enter", "open"),
                KeyHelp("l", "open the Lab"),
                KeyHelp("?", "help"),
                KeyHelp("q", "quit"),
            ]
        case .lesson:
            return [
                KeyHelp("\(upDown) j k", "scroll"),
                KeyHelp("Space PgDn", "page down"),
                KeyHelp("b PgUp", "page up", inBar: false),
                KeyHelp("Tab", "next widget"),
                KeyHelp("Enter", "use widget"),
                KeyHelp("n p", "next / previous lesson"),
                KeyHelp("t", "contents"),
                KeyHelp("?", "help"),
                KeyHelp("q", "quit"),
            ]
        case .lab:
            return [
                KeyHelp("Tab e", "edit x / \(xhat)"),
                KeyHelp(LossKey.all.map { String($0.key) }.joined(separator: " "), LossKey.all.map(\.label).joined(separator: " / ")),
            ] + (lab?.conventionApplies == false ? [] : [KeyHelp("c", "convention")]) + [
                KeyHelp("z", "\(xhat) as probability / as logit z", inBar: false),
                KeyHelp("d", "mean / sum (divide by n or not)", inBar: false),
                KeyHelp("Space", "next step"),
                KeyHelp("Backspace", "previous step", inBar: false),
                KeyHelp("r", "reveal all / restart"),
                KeyHelp(upDown, "element"),
                KeyHelp("[ ]", "nudge \(xhat) by 0.01"),
                KeyHelp("{ }", "nudge \(xhat) by 0.1"),
                KeyHelp("g", "gradient chart"),
                KeyHelp("PgUp PgDn Home End", "move through long vectors", inBar: false),
                KeyHelp("Enter Esc", "(while editing) done", inBar: false),
                KeyHelp("Ctrl-U", "(while editing) clear the field", inBar: false),
                KeyHelp("t", "contents"),
                KeyHelp("?", "help"),
                KeyHelp("q", "quit"),
            ]
        }
    }
}
