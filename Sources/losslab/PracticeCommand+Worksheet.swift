import ArgumentParser
import Handouts
import LossKit
import StateStore

extension PracticeCommand {
    /// Writes the sheet (its options checked by `validate`) to standard output or `--out`; without
    /// `--seed` a seed is drawn, and the sheet says which.
    func printWorksheet() throws {
        let sheet = Worksheet(seed: seed ?? UInt64.random(in: 1...99_999), count: count ?? 10, skills: try skillList())
        let document = sheet.render(format ?? .markdown)
        guard let out else {
            print(document, terminator: "")
            return
        }
        if let failure = AtomicFile.write(document, to: out) {
            throw CommandFailure("cannot write the worksheet to \(out): \(failure)")
        }
    }

    /// The skills of `--skills`, a comma-separated list of their names; none means every skill. A name
    /// that is no skill is a wrong command line.
    func skillList() throws -> [PracticeSkill] {
        guard let skills else { return [] }
        let valid = PracticeSkill.allCases.map(\.rawValue).joined(separator: ", ")
        let names = skills.split(separator: ",").map { String($0.filter { !$0.isWhitespace }) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw ValidationError("--skills: give one or more of \(valid)") }
        return try names.map { name in
            guard let skill = PracticeSkill(rawValue: name) else {
                throw ValidationError("--skills: no skill \"\(name.replacingControlCharacters())\"; the skills are \(valid)")
            }
            return skill
        }
    }
}
