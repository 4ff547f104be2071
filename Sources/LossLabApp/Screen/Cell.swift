/// One screen cell: a whole grapheme cluster and its style.
///
/// A wide grapheme (two columns) sits in its first cell; the cell after it is a
/// `continuation`, which the backend skips and plain text leaves out.
public struct Cell: Sendable, Equatable {
    public var grapheme: Character
    public var role: StyleRole
    /// True for the second column of a wide grapheme.
    public var isContinuation: Bool

    public init(_ grapheme: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.role = role
        self.isContinuation = isContinuation
    }

    /// An empty cell.
    public static let blank = Cell()
}
