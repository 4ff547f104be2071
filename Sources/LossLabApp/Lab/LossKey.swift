import LossKit

/// A key that chooses which losses the Lab shows: one per loss and one per group of `LossList`.
///
/// The keys come from the names, so a new loss gets one without code here: each loss takes the
/// first letter of its id not taken yet (mse → m, bce → b, mae → a), each group the first upper-case
/// letter of its name not taken yet (both → B, all → A).
public struct LossKey: Sendable, Equatable {
    public var key: Character
    /// What the key bar and the loss line call it: "MSE", or "both".
    public var label: String
    public var losses: [Loss]

    /// Every loss key, losses first, then groups.
    public static let all: [LossKey] = {
        var taken: Set<Character> = []
        func pick(_ name: String, uppercase: Bool) -> Character {
            let letters = name.map { uppercase ? Character($0.uppercased()) : $0 }
            let key = letters.first { !taken.contains($0) } ?? letters[0]
            taken.insert(key)
            return key
        }
        let single = Loss.all.map { LossKey(key: pick($0.id, uppercase: false), label: $0.shortName, losses: [$0]) }
        let groups = LossList.groups.map { LossKey(key: pick($0.name, uppercase: true), label: $0.name, losses: $0.losses) }
        return single + groups
    }()

    /// The key that chooses `losses`, if there is one.
    public static func choosing(_ losses: [Loss]) -> LossKey? { all.first { $0.losses == losses } }
}
