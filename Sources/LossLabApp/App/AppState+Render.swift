import CellGrid
import LessonKit
import LossKit

extension AppState {
    /// Draws the open page, the help over it, or the too-small message.
    func render() -> CellBuffer {
        var screen = CellBuffer(width: width, height: height)
        guard fits else {
            renderTooSmall(into: &screen)
            return screen
        }
        let notation = options.notation
        renderTitleBar(into: &screen)
        if showsHelp {
            renderHelp(into: &screen)
        } else {
            switch page {
            case .contents: renderContents(into: &screen)
            case .lesson: renderReader(into: &screen)
            case .lab: lab.render(into: &screen, layout: labLayout, notation: notation, canvas: options.canvas, colour: options.colour)
            }
        }
        renderKeyBar(into: &screen)
        return screen
    }

    /// The page's name in the title bar.
    var pageTitle: String {
        switch page {
        case .contents: "Contents"
        case let .lesson(k): "Lesson \(k + 1) of \(lessons.count): \(options.ascii ? ASCIIText.transliterate(lessons[k].title) : lessons[k].title)"
        case .lab: "Lab"
        }
    }

    private func renderTitleBar(into screen: inout CellBuffer) {
        screen.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .titleBar)
        let dot = options.ascii ? "-" : "·"
        let title = " LossLab \(dot) " + (showsHelp ? "Help: \(pageTitle)" : pageTitle)
        screen.put(title, x: 0, y: 0, role: .titleBar)
        if page == .lab {
            var parts = [lab.losses.map(\.shortName).joined(separator: " + ")]
            if lab.conventionApplies { parts.append(lab.convention.title) }
            parts.append(lab.reduction.rawValue)
            if lab.precision != .float64 { parts.append(lab.precision.rawValue) }
            if lab.logits { parts.append("logits") }
            let status = parts.joined(separator: "  ") + " "
            screen.put(status, x: width - status.displayWidth, y: 0, role: .titleBar)
        }
    }

    private func renderKeyBar(into screen: inout CellBuffer) {
        let y = height - 1
        screen.fill(Rect(x: 0, y: y, width: width, height: 1), role: .keyBar)
        let entries: [KeyHelp]
        if showsHelp {
            entries = [KeyHelp("Esc ?", "close help")]
        } else if case .lesson = page, reader?.answerField != nil {
            entries = [KeyHelp("Enter", "check the answer"), KeyHelp("Esc", "cancel")]
        } else if page == .lab && lab.focus != .table {
            entries = [KeyHelp("Enter Esc", "done"), KeyHelp("Tab", "next field"), KeyHelp("Ctrl-U", "clear")]
        } else {
            entries = KeyHelp.keys(for: page, ascii: options.ascii, lab: lab).filter(\.inBar)
        }
        var x = 1
        for entry in entries {
            let width = entry.keys.displayWidth + 1 + entry.action.displayWidth
            guard x + width <= self.width else { break }
            x = screen.put(entry.keys, x: x, y: y, role: .keyBar)
            screen.restyle(Rect(x: x - entry.keys.displayWidth, y: y, width: entry.keys.displayWidth, height: 1), role: .strong)
            x = screen.put(" " + entry.action + "  ", x: x, y: y, role: .keyBar)
        }
    }

    private func renderHelp(into screen: inout CellBuffer) {
        let entries = KeyHelp.keys(for: page, ascii: options.ascii, lab: lab)
        let keyWidth = entries.map { $0.keys.displayWidth }.max() ?? 0
        screen.put("Keys of the \(pageTitle) page", x: 2, y: 2, role: .heading)
        for (row, entry) in entries.enumerated() where 4 + row < height - 1 {
            screen.put(entry.keys, x: 4, y: 4 + row, role: .strong)
            screen.put(entry.action, x: 6 + keyWidth, y: 4 + row)
        }
    }

    private func renderContents(into screen: inout CellBuffer) {
        screen.put("Lessons", x: 2, y: 2, role: .heading)
        let notation = options.notation
        var entries: [(mark: String, text: String)] = catalog.enumerated().map { k, lesson in
            let title = options.ascii ? ASCIIText.transliterate(lesson.title) : lesson.title
            let questions = lesson.questions
            return (progress[k].mark(ascii: options.ascii),
                    "\(k + 1). \(title)" + (questions > 0 ? "  (\(questions) question\(questions == 1 ? "" : "s"))" : ""))
        }
        entries.append((options.ascii ? " * " : "★", "The Lab: type x and \(notation.xhat), watch MSE and BCE computed step by step"))
        let rows = max(1, height - 7)
        let first = min(max(0, contentsCursor - rows + 1), max(0, entries.count - rows))
        for (row, k) in (first..<min(entries.count, first + rows)).enumerated() {
            let selected = k == contentsCursor
            let y = 4 + row + (k == catalog.count ? 1 : 0)
            if selected { screen.fill(Rect(x: 2, y: y, width: width - 4, height: 1), role: .selected) }
            let role: StyleRole = selected ? .selected : .normal
            let x = screen.put(entries[k].mark, x: 3, y: y, role: selected ? .selected : progress.indices.contains(k) && progress[k] == .done ? .success : .strong)
            screen.put(entries[k].text, x: max(x + 1, 7), y: y, role: role, limit: width - 9)
        }
        let legend = "\(LessonProgress.notStarted.mark(ascii: options.ascii)) not started   "
            + "\(LessonProgress.inProgress.mark(ascii: options.ascii)) in progress   \(LessonProgress.done.mark(ascii: options.ascii)) done"
        screen.put(legend, x: 3, y: height - 3, role: .dim)
    }

    private func renderTooSmall(into screen: inout CellBuffer) {
        let lines = ["Please enlarge the terminal", "(needs \(Self.minimumWidth)\(options.ascii ? "x" : "×")\(Self.minimumHeight), now \(width)\(options.ascii ? "x" : "×")\(height))"]
        let top = max(0, (height - lines.count) / 2)
        for (k, line) in lines.enumerated() {
            let x = max(0, (width - line.displayWidth) / 2)
            screen.put(line, x: x, y: top + k, role: k == 0 ? .strong : .normal)
        }
    }
}
