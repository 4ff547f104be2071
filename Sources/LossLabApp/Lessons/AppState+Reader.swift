import LessonKit
import LossKit

extension AppState {
    /// The reader's text width: the body less margins, at most 96 columns for comfortable lines.
    var readerWidth: Int { max(10, min(width - 4, 96)) }

    /// The rows the reader shows at once.
    var readerViewHeight: Int { max(1, body.height) }

    /// Lesson `reader.lesson` laid out at the current width.
    func document(_ reader: ReaderState) -> ReaderDocument {
        ReaderDocument(lessons[reader.lesson], width: readerWidth, notation: options.notation)
    }

    /// Opens lesson `index` at its top and marks it started.
    mutating func openLesson(_ index: Int) {
        guard lessons.indices.contains(index) else { return }
        page = .lesson(index)
        contentsCursor = index
        reader = ReaderState(lesson: index)
        if progress[index] == .notStarted { progress[index] = .inProgress }
        markReadIfAtEnd()
    }

    /// Marks the open lesson done when its last row is on screen.
    mutating func markReadIfAtEnd() {
        guard let reader else { return }
        if reader.scroll + readerViewHeight >= document(reader).height { progress[reader.lesson] = .done }
    }

    /// The lab and question widgets of a lesson, in reading order: the ones Tab and Enter act on.
    func interactiveWidgets(_ lesson: Lesson) -> [Int] {
        lesson.directives.indices.filter {
            if case .chart = lesson.directives[$0].kind { false } else { true }
        }
    }

    /// Applies a key to the lesson reader.
    mutating func handleReader(_ key: Key) {
        guard var reader else { return }
        if var field = reader.answerField {
            switch key {
            case .enter:
                if submit(field.text, to: &reader) { reader.answerField = nil }
            case .escape:
                reader.answerField = nil
                reader.answerNotice = nil
            default:
                _ = field.handle(key)
                reader.answerField = field
            }
            self.reader = reader
            return
        }
        let lesson = lessons[reader.lesson]
        let doc = document(reader)
        let view = readerViewHeight
        let pageRows = max(1, view - 2)
        switch key {
        case .up, .char("k"): reader.scroll -= 1
        case .down, .char("j"): reader.scroll += 1
        case .char(" "), .pageDown: reader.scroll += pageRows
        case .pageUp, .char("b"): reader.scroll -= pageRows
        case .home: reader.scroll = 0
        case .end: reader.scroll = doc.height
        case .char("n"):
            if reader.lesson + 1 < lessons.count { openLesson(reader.lesson + 1) } else { page = .contents }
            return
        case .char("p"):
            if reader.lesson > 0 { openLesson(reader.lesson - 1) } else { page = .contents }
            return
        case .char("t"), .escape:
            page = .contents
            return
        case .tab, .backTab:
            let widgets = interactiveWidgets(lesson)
            guard !widgets.isEmpty else { break }
            let next: Int
            if let current = reader.focusedWidget, let k = widgets.firstIndex(of: current) {
                next = widgets[(k + (key == .tab ? 1 : widgets.count - 1)) % widgets.count]
            } else {
                next = widgets.first { (doc.row(ofWidget: $0) ?? 0) >= reader.scroll } ?? widgets[0]
            }
            reader.focusedWidget = next
            reader.scroll = scrollShowing(next, in: doc, scroll: reader.scroll)
        case .enter:
            let visible = interactiveWidgets(lesson).first {
                let row = doc.row(ofWidget: $0) ?? 0
                return row >= reader.scroll && row < reader.scroll + view
            }
            guard let index = reader.focusedWidget ?? visible else { break }
            reader.focusedWidget = index
            switch lesson.directives[index].kind {
            case let .lab(preset):
                self.reader = reader
                openPreset(preset)
                return
            case .question:
                reader.answerField = TextField("")
                reader.answerNotice = nil
                reader.scroll = scrollShowing(index, in: doc, scroll: reader.scroll)
            case .chart:
                break
            }
        default:
            break
        }
        reader.scroll = min(max(0, reader.scroll), max(0, doc.height - view))
        self.reader = reader
        markReadIfAtEnd()
    }

    /// The scroll that keeps `scroll` if widget `index` is already fully visible, or brings it into view.
    private func scrollShowing(_ index: Int, in doc: ReaderDocument, scroll: Int) -> Int {
        guard let row = doc.row(ofWidget: index) else { return scroll }
        let bottom = row + doc.height(ofWidget: index)
        if row < scroll { return row }
        if bottom > scroll + readerViewHeight { return max(0, min(row, bottom - readerViewHeight)) }
        return scroll
    }

    /// Checks an answer to the focused question and records it; text that is no answer is not
    /// recorded (no try is spent) and the notice says what to type. Returns whether it was recorded.
    private func submit(_ typed: String, to reader: inout ReaderState) -> Bool {
        guard let index = reader.focusedWidget, case let .question(question) = lessons[reader.lesson].directives[index].kind else {
            return true
        }
        switch question.judge(typed) {
        case let .unreadable(notice):
            reader.answerNotice = notice
            return false
        case let verdict:
            reader.answerNotice = nil
            reader.answers[index] = ReaderState.Answer(typed: typed, isRight: verdict == .right)
            return true
        }
    }

    /// Opens the Lab on a lesson's calculator preset; `t` and Esc come back to the lesson.
    mutating func openPreset(_ preset: LabPreset) {
        guard let input = try? LossInput(x: preset.x, xhat: preset.xhat, losses: preset.losses) else { return }
        lab = LabState(input: input, losses: preset.losses, convention: preset.convention, reduction: preset.reduction)
        lab.shape = preset.shape
        openLab(from: page)
    }
}
