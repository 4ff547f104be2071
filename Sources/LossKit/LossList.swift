/// The one grammar for lists of losses, used by every command and lesson block.
///
/// A list is loss ids separated by commas or spaces (`mse`, `mse,bce`, `bce mae`), or a name for a
/// group: `both` (MSE and BCE, the two the lessons compare) or `all`. Each loss is kept once, in the
/// order written.
public enum LossList {
    /// The group names and what they stand for.
    public static let groups: [(name: String, losses: [Loss])] = [("both", [.mse, .bce]), ("all", Loss.all)]

    /// Reads a list; the error names every loss and group that can be written.
    public static func parse(_ text: String) throws(LossListError) -> [Loss] {
        var losses: [Loss] = []
        let words = text.split(whereSeparator: { $0 == "," || $0 == " " })
        guard !words.isEmpty else { throw LossListError(word: "", text: text) }
        for word in words {
            let name = word.lowercased()
            let found = Loss(id: name).map { [$0] } ?? groups.first(where: { $0.name == name })?.losses
            guard let found else { throw LossListError(word: String(word), text: text) }
            for loss in found where !losses.contains(loss) { losses.append(loss) }
        }
        return losses
    }

    /// What may be written, for help texts: "mse, bce, mae, both (= mse,bce) or all".
    public static var choices: String {
        let groupNames = groups.map { group in
            group.name == "all" ? group.name : "\(group.name) (= \(group.losses.map(\.id).joined(separator: ",")))"
        }
        let names = Loss.all.map(\.id) + groupNames
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// The shortest way to write `losses`: a group name when it matches one, else the ids with commas.
    public static func name(_ losses: [Loss]) -> String {
        groups.first(where: { $0.losses == losses })?.name ?? losses.map(\.id).joined(separator: ",")
    }
}

/// A loss list that names something that is not a loss.
public struct LossListError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The word that is not a loss; empty when the list itself is empty.
    public var word: String
    /// The whole list as written.
    public var text: String

    public var description: String {
        word.isEmpty ? "no loss given: choose \(LossList.choices)"
            : "unknown loss \"\(word.replacingControlCharacters())\": choose \(LossList.choices)"
    }
}
