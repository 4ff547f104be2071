/// One named quantity of an element's term, as a loss lists it.
///
/// A loss gives its quantities as an ordered list of columns; the `explain` table, the JSON keys
/// and the Lab's step table are three views of that one list.
public struct TermColumn: Sendable, Hashable {
    /// The quantity's name in JSON, such as `log_xhat`; stable across versions.
    public var id: String
    /// How a table heads the quantity, such as `log x̂ᵢ`, in the notation asked for.
    public var symbol: String
    /// How long a narrow table keeps the column: the lowest priority is left out first.
    public var priority: Int
    /// False for a quantity that tables skip because it repeats another (JSON keeps every one).
    public var inTables: Bool
    /// True when the quantity is the element's loss itself, so a table needs no separate loss column.
    public var isLoss: Bool

    public init(id: String, symbol: String, priority: Int, inTables: Bool = true, isLoss: Bool = false) {
        self.id = id
        self.symbol = symbol
        self.priority = priority
        self.inTables = inTables
        self.isLoss = isLoss
    }
}
