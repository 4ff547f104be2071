extension Key {
    /// ↑ ↓ and their vi twins k j: the keys that move a highlight or scroll by one.
    static let upDown: [Key] = [.up, .down, .char("k"), .char("j")]

    /// −1 for a key that moves back or lowers (↑ k ← - [ { PgUp < ,), +1 for any other.
    var step: Int {
        switch self {
        case .up, .left, .pageUp, .char("k"), .char("-"), .char("["), .char("{"), .char("<"), .char(","): -1
        default: 1
        }
    }
}
