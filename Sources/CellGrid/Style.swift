/// How a cell is drawn: what it means (its role, which the terminal's theme colours) plus emphasis.
///
/// The emphasis flags add to the role's own look, so a chart's marker can be bold in its series
/// colour and a selected cell can stay reversed whatever its role.
public struct Style: Sendable, Hashable {
    public var role: StyleRole
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(_ role: StyleRole = .normal, bold: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
    }

    /// The terminal's default look.
    public static let normal = Style()
}
