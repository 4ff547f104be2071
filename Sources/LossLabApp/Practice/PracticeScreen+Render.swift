import CellGrid
import LessonKit
import LossKit
import ProgressKit

extension PracticeScreen {
    func render(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext) {
        let lines = lines(rect, context)
        // Text taller than the screen shows its end (the newest feedback) until ↑↓ scroll it.
        let first = firstLine(of: lines.count, rows: rect.height)
        for (row, line) in lines[first..<min(lines.count, first + rect.height)].enumerated() {
            if line.isField, let field {
                let start = screen.put(line.text, x: rect.x + 2, y: rect.y + row, role: line.role)
                let room = rect.maxX - start - 2
                let (visible, cursor) = field.window(width: room)
                screen.fill(Rect(x: start, y: rect.y + row, width: room, height: 1), role: .inputFocused)
                screen.put(visible, x: start, y: rect.y + row, role: .inputFocused)
                if cursor < room { screen[start + cursor, rect.y + row].role = .highlight }
            } else {
                screen.put(line.text, x: rect.x + 2, y: rect.y + row, role: line.role)
            }
        }
    }

    /// The screen's lines, wrapped to `rect`'s width.
    func lines(_ rect: Rect, _ context: ScreenContext) -> [Line] {
        showsSummary ? summaryLines(width: rect.width - 4, context) : problemLines(width: rect.width - 4, context)
    }

    /// The first of `count` lines shown in `rows` rows.
    func firstLine(of count: Int, rows: Int) -> Int {
        let last = max(0, count - rows)
        return min(max(0, scroll ?? last), last)
    }

    /// One line of the screen; `isField` marks the line the answer is typed on, after its text.
    struct Line {
        var text: String
        var role: StyleRole
        var isField = false
    }

    /// The skill, its streak, the problem, the answer line and the panel.
    private func problemLines(width: Int, _ context: ScreenContext) -> [Line] {
        let ascii = context.ascii
        func shown(_ text: String) -> String { ascii ? ASCIIText.transliterate(text) : text }
        func wrapped(_ text: String, _ role: StyleRole) -> [Line] { TextWrap.lines(shown(text), width: width).map { Line(text: $0, role: role) } }
        let saved = Self.record(skill, context)
        let standing = saved.standing(now: context.now)
        let streak = min(saved.streak, PracticeStatistics.SkillRecord.streakToPractise)
        let dots = String(repeating: ascii ? "*" : "●", count: streak)
            + String(repeating: ascii ? "." : "○", count: PracticeStatistics.SkillRecord.streakToPractise - streak)
        let where_: String
        switch standing {
        case .learning: where_ = "\(dots) \(saved.streak) right in a row without hints (5 mark it practised)"
        case .practised: where_ = "practised; a mastery check with fresh numbers comes after 16 hours"
        case .checkDue: where_ = "mastery check: answer this one without hints"
        case .mastered: where_ = "mastered; more problems for review"
        }
        let level = problem.data.map { "  ·  n = \($0.x.count)" } ?? ""
        var lines = wrapped("Skill: \(skill.title)\(level)", .heading) + wrapped(where_, standing == .checkDue ? .highlight : .dim) + [Line(text: "", role: .normal)]
        lines += wrapped(problem.prompt, .normal)
        if case let .choice(options, _) = problem.answer {
            for (k, option) in options.enumerated() { lines += wrapped("  \(Question.letter(k))) \(option)", .normal) }
        }
        lines.append(Line(text: "", role: .normal))
        if field != nil {
            lines.append(Line(text: "Your answer (\(question.expectedForm)): ", role: .strong, isField: true))
        } else {
            let next = isSolved ? "Enter: next problem" : answer == nil ? "Enter: answer" : "Enter: try again"
            let hint = panel(context).nextHint.map { "   h: " + $0 } ?? ""
            let lab = problem.data == nil ? "" : "   l: the Lab"
            lines += wrapped(next + hint + lab, .highlight)
        }
        lines += panel(context).lines(width: width).map { Line(text: $0.text, role: $0.role) }
        return lines
    }

    /// The session's summary: problems, right answers, hints, skills practised and mastered.
    private func summaryLines(width: Int, _ context: ScreenContext) -> [Line] {
        func wrapped(_ text: String, _ role: StyleRole) -> [Line] {
            TextWrap.lines(context.ascii ? ASCIIText.transliterate(text) : text, width: width).map { Line(text: $0, role: role) }
        }
        let s = session
        let names = { (skills: [PracticeSkill]) in skills.isEmpty ? "none this time" : skills.map(\.title).joined(separator: "; ") }
        let all = PracticeSkill.allCases
        let practised = all.filter { Self.record($0, context).standing(now: context.now) != .learning }
        var lines = wrapped("This session", .heading) + [Line(text: "", role: .normal)]
        lines += wrapped("Problems answered: \(s.answered), \(s.rightUnaided) right at the first try without hints, "
            + "\(s.hinted) with hints.", .normal)
        lines += wrapped("Practised now (five in a row): \(names(s.practised))", .success)
        lines += wrapped("Mastery checks passed: \(names(s.mastered))", .success)
        lines += [Line(text: "", role: .normal)]
        lines += wrapped("Skills practised so far: \(practised.count) of \(all.count).", .strong)
        let learning = all.filter { !practised.contains($0) }
        if !learning.isEmpty { lines += wrapped("Still to practise: " + learning.map(\.title).joined(separator: "; "), .dim) }
        lines += [Line(text: "", role: .normal)] + wrapped("Your statistics are kept with your progress (losslab progress).", .dim)
        return lines
    }
}
