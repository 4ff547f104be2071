/// One cell of a buffer: a whole grapheme cluster and its style.
///
/// A wide grapheme (two columns) sits in its first cell; the cell after it is a
/// `continuation`, which the backend skips and plain text leaves out.
public struct Cell: Sendable, Hashable {
    public var grapheme: Character
    public var style: Style
    /// True for the second column of a wide grapheme.
    public var isContinuation: Bool

    public init(_ grapheme: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    /// The cell's role (what its style means), for code that only cares about that.
    public var role: StyleRole {
        get { style.role }
        set { style.role = newValue }
    }

    /// An empty cell.
    public static let blank = Cell()
}
