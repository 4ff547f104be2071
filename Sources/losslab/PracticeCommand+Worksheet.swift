import Handouts
import LossKit
import StateStore

extension PracticeCommand {
    /// Checks the worksheet options, then writes the sheet to standard output or `--out`; without
    /// `--seed` a seed is drawn, and the sheet says which.
    func printWorksheet() throws {
        let count = count ?? 10
        guard (1...Worksheet.maxCount).contains(count) else {
            throw CommandFailure("--count \(count): a worksheet has 1 to \(Worksheet.maxCount) problems")
        }
        let sheet = Worksheet(seed: seed ?? UInt64.random(in: 1...99_999), count: count, skills: try skillList())
        let document = sheet.render(format ?? .markdown)
        guard let out else {
            print(document, terminator: "")
            return
        }
        if let failure = AtomicFile.write(document, to: out) {
            throw CommandFailure("cannot write the worksheet to \(out): \(failure)")
        }
    }

    /// The skills of `--skills`, a comma-separated list of their names; none means every skill.
    func skillList() throws -> [PracticeSkill] {
        guard let skills else { return [] }
        let valid = PracticeSkill.allCases.map(\.rawValue).joined(separator: ", ")
        let names = skills.split(separator: ",").map { String($0.filter { !$0.isWhitespace }) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw CommandFailure("--skills: give one or more of \(valid)") }
        return try names.map { name in
            guard let skill = PracticeSkill(rawValue: name) else {
                throw CommandFailure("--skills: no skill \"\(name.replacingControlCharacters())\"; the skills are \(valid)")
            }
            return skill
        }
    }
}
