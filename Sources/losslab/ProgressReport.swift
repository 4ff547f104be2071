import CellGrid
import LessonKit
import LossLabApp
import ProgressKit

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The learner's progress over a set of lessons, one row per lesson, as `losslab progress` prints it.
struct ProgressReport: Encodable {
    /// One lesson's line.
    struct Row: Encodable {
        var number: Int
        var lesson: String
        var title: String
        /// How far the learner read, 0 to 100.
        var readPercent: Int
        var readToEnd: Bool
        var questionsRight: Int
        var questions: Int
        var tries: Int
        var hintsUsed: Int
        var done: Bool
    }

    /// The state file, or nil when progress is not saved.
    var stateFile: String?
    var rows: [Row]
    /// The practice statistics per skill, as saved.
    var practice: [String: PracticeStatistics.SkillRecord]

    init(lessons: [Lesson], progress: CourseProgress, stateFile: String?) {
        self.stateFile = stateFile
        practice = progress.practice.skills
        rows = lessons.enumerated().map { k, lesson in
            let standing = LessonStanding(lesson: lesson, record: progress[lesson: lesson.slug])
            return Row(number: Int(lesson.fileName.prefix(2)) ?? k + 1, lesson: lesson.slug, title: lesson.title,
                       readPercent: standing.readPercent, readToEnd: standing.readToEnd,
                       questionsRight: standing.questionsRight, questions: standing.questions,
                       tries: standing.tries, hintsUsed: standing.hintsUsed, done: standing.done)
        }
    }

    /// The lessons done, and how many there are.
    var done: (count: Int, of: Int) { (rows.filter(\.done).count, rows.count) }

    /// The table, the course's bar and where the progress is kept.
    func text(ascii: Bool) -> String {
        let check = ascii ? "ok " : "✓ "
        let header = ["#", "Lesson", "Read", "Questions", "Tries", "Hints", ""]
        let cells = rows.map { row in
            let allRight = row.questionsRight == row.questions && row.questions > 0
            return [String(row.number), row.title, "\(row.readPercent)%", "\(allRight ? check : "")\(row.questionsRight)/\(row.questions)",
                    String(row.tries), String(row.hintsUsed), row.done ? "done" : ""]
        }
        let widths = header.indices.map { c in ([header] + cells).map { $0[c].displayWidth }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = cells.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.displayWidth)
                return c == 1 || c == 3 || c == 6 ? cell + pad : pad + cell
            }.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        let (count, total) = done
        let width = 20
        let filled = total == 0 ? 0 : count * width / total
        let bar = String(repeating: ascii ? "#" : "█", count: filled) + String(repeating: ascii ? "." : "░", count: width - filled)
        let percent = total == 0 ? 0 : count * 100 / total
        let saved = stateFile.map { "Progress is kept in \($0)." } ?? "Progress is not saved (--no-save, or no home folder)."
        return ([line(header)] + cells.map(line)).joined(separator: "\n")
            + "\n\nCourse: \(count) of \(total) lessons done  \(bar) \(percent)%\n\(practiceLine.map { $0 + "\n" } ?? "")\(saved)\n"
    }

    /// "Practice: 12 problems, 9 right; 2 skills practised, 1 mastered", once any problem was answered.
    var practiceLine: String? {
        let records = practice.values
        let attempts = records.reduce(0) { $0 + $1.attempts }
        guard attempts > 0 else { return nil }
        let right = records.reduce(0) { $0 + $1.right }
        let practised = records.filter { $0.practisedAt != nil }.count
        let mastered = records.filter { $0.masteredAt != nil }.count
        return "Practice: \(attempts) problem\(attempts == 1 ? "" : "s"), \(right) right; "
            + "\(practised) skill\(practised == 1 ? "" : "s") practised, \(mastered) mastered."
    }

    /// The report as JSON, keys sorted, ending in a newline.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
