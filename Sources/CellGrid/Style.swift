/// How a cell is drawn: what it means (its role, which the terminal's theme colours) plus emphasis.
///
/// The emphasis flags add to the role's own look, so a chart's marker can be bold in its series
/// colour and a selected cell can stay reversed whatever its role. A picture's cell can also name
/// grey levels for its foreground and background, which replace the role's colours where the
/// terminal has colour.
public struct Style: Sendable, Hashable {
    public var role: StyleRole
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    /// The foreground's grey level instead of the role's colour, or nil.
    public var foreground: Gray?
    /// The background's grey level instead of the role's, or nil.
    public var background: Gray?

    public init(_ role: StyleRole = .normal, bold: Bool = false, reverse: Bool = false, dim: Bool = false,
                foreground: Gray? = nil, background: Gray? = nil) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.foreground = foreground
        self.background = background
    }

    /// The terminal's default look.
    public static let normal = Style()
}
