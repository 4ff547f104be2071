import CellGrid
import LessonKit
import ProgressKit

extension ReaderState: Component {
    enum Action: Sendable, Equatable {
        case scroll, top, bottom
        /// A screen down (1) or up (−1), less two rows kept for context.
        case page(Int)
        case nextLesson, previousLesson, contents
        /// P: present this lesson to a room.
        case present
        /// Tab / Shift-Tab: focus the next or previous lab or question.
        case focus
        /// Enter: open the lab, or start answering the question.
        case use
        /// While answering: check, cancel, pick the option above or below.
        case check, cancel, pickOption
        /// The focused question's next hint tier, then its answer.
        case hint
    }

    var capturesText: Bool { answerField != nil }

    func bindings(_ context: ScreenContext) -> [KeyBinding<Action>] {
        if answerField != nil {
            var bindings = [
                KeyBinding([.enter], KeyHelp("Enter", "check the answer", priority: 9), Action.check),
                KeyBinding([.escape], KeyHelp("Esc", "cancel", help: "stop answering", priority: 8), .cancel),
            ]
            if let question = answering(context), case .choice = question.answer {
                bindings.append(KeyBinding([.up, .down], KeyHelp("↑↓", ascii: "Up/Down", "pick an option", priority: 7), .pickOption))
            }
            return bindings
        }
        var hint: [KeyBinding<Action>] = []
        if let index = focusedWidget, case let .question(question) = context.lessons[lesson].directives[index].kind,
           let next = panel(index, question, context).nextHint {
            hint = [KeyBinding([.char("h")], KeyHelp("h", next, help: "h: the focused question's next hint (1 a nudge, 2 the method, "
                + "3 the worked step), then its answer", priority: 7), .hint)]
        }
        return [
            KeyBinding(Key.upDown, KeyHelp("↑↓ j k", ascii: "Up/Down j k", "scroll", help: "scroll one line", priority: 7), .scroll),
            KeyBinding([.char(" "), .pageDown], KeyHelp("Space PgDn", "page down", priority: 8), .page(1)),
            KeyBinding([.char("b"), .pageUp], KeyHelp("b PgUp", "page up", inBar: false), .page(-1)),
            KeyBinding([.home], KeyHelp("Home", "top", help: "the top of the lesson", inBar: false), .top),
            KeyBinding([.end], KeyHelp("End", "end", help: "the end of the lesson", inBar: false), .bottom),
            KeyBinding([.tab, .backTab], KeyHelp("Tab", "next widget", help: "focus the next lab or question (Shift-Tab: previous)", priority: 5), .focus),
            KeyBinding([.enter], KeyHelp("Enter", "use widget", help: "open the lab or answer the question on screen", priority: 6), .use),
            KeyBinding([.char("n")], KeyHelp("n", "next lesson", priority: 4), .nextLesson),
            KeyBinding([.char("p")], KeyHelp("p", "previous lesson", inBar: false), .previousLesson),
            KeyBinding([.char("t"), .escape], KeyHelp("t", "contents", help: "t or Esc: back to the contents", priority: 5), .contents),
            KeyBinding([.char("P")], KeyHelp("P", "present", help: "present this lesson to a room, block by block (Esc comes back)",
                                             inBar: false), .present),
        ] + hint
    }

    mutating func perform(_ action: Action, key: Key, _ context: ScreenContext) -> [Effect] {
        let doc = document(context)
        let view = viewHeight(context)
        var changes: [ProgressChange] = []
        switch action {
        case .scroll: scroll += key.step
        case let .page(direction): scroll += direction * max(1, view - 2)
        case .top: scroll = 0
        case .bottom: scroll = doc.height
        case .nextLesson: return [.open(lesson + 1 < context.lessons.count ? .lesson(lesson + 1) : .contents)]
        case .previousLesson: return [.open(lesson > 0 ? .lesson(lesson - 1) : .contents)]
        case .contents: return [.open(.contents)]
        case .present: return [.open(.presenter(lesson))]
        case .focus:
            let widgets = interactiveWidgets(context)
            guard !widgets.isEmpty else { break }
            let next: Int
            if let current = focusedWidget, let k = widgets.firstIndex(of: current) {
                next = widgets[(k + (key == .tab ? 1 : widgets.count - 1)) % widgets.count]
            } else {
                next = widgets.first { (doc.row(ofWidget: $0) ?? 0) >= scroll } ?? widgets[0]
            }
            focusedWidget = next
            scroll = scrollShowing(next, in: doc, view: view)
        case .use:
            guard let index = target(doc, context) else { break }
            focusedWidget = index
            switch context.lessons[lesson].directives[index].kind {
            case let .lab(preset): return [.openPreset(preset)]
            case let .train(preset): return [.openTrain(preset)]
            case .question:
                answerField = TextField("")
                answerNotice = nil
            case .chart: break
            }
        case .check:
            if let change = submit(answerField?.text ?? "", context) { changes.append(change) }
        case .cancel:
            answerField = nil
            answerNotice = nil
        case .pickOption:
            guard let question = answering(context), case let .choice(options, _) = question.answer else { break }
            let current = options.indices.first { Question.letter($0) == answerField?.text }
            let picked = current.map { min(max(0, $0 + key.step), options.count - 1) } ?? (key.step < 0 ? options.count - 1 : 0)
            answerField = TextField(Question.letter(picked))
            answerNotice = nil
        case .hint:
            guard let index = focusedWidget, case let .question(question) = context.lessons[lesson].directives[index].kind else { break }
            let panel = panel(index, question, context)
            guard panel.nextHint != nil else { break }
            changes.append(.question(lesson: context.lessons[lesson].slug, key: QuestionProgress.key(prompt: question.prompt),
                                     panel.askingForHint()))
        }
        // Answering changes the widget's height: lay out again (with the changes to come), and keep the
        // field and its feedback in view.
        var after = context
        for change in changes { change.apply(to: &after.course) }
        let answering = [.use, .check, .cancel, .pickOption, .hint].contains(action)
        let final = answering ? document(after) : doc
        if let focusedWidget, answering {
            scroll = scrollShowing(focusedWidget, in: final, view: view)
            if action == .hint || action == .check, let row = final.row(ofWidget: focusedWidget) {
                // What was just added sits at the widget's foot: keep that in view even when the widget is taller than the screen.
                scroll = max(scroll, row + final.height(ofWidget: focusedWidget) - view)
            }
        }
        scroll = min(max(0, scroll), max(0, final.height - view))
        return changes.map(Effect.save)
    }

    mutating func handleUnbound(_ key: Key, _ context: ScreenContext) -> Outcome {
        guard var field = answerField else { return .ignored }
        _ = field.handle(key)
        answerField = field
        return .handled
    }

    func title(_ context: ScreenContext) -> String {
        let title = context.lessons[lesson].title
        return "Lesson \(lesson + 1) of \(context.lessons.count): \(context.ascii ? ASCIIText.transliterate(title) : title)"
    }

    /// How far through the lesson the bottom of the screen is, in percent.
    func status(_ context: ScreenContext) -> String? {
        let height = document(context).height
        return "\(min(100, 100 * min(height, scroll + viewHeight(context)) / max(1, height)))%"
    }

    /// The question being answered, if any.
    private func answering(_ context: ScreenContext) -> Question? {
        guard answerField != nil, let focusedWidget, case let .question(question) = context.lessons[lesson].directives[focusedWidget].kind else {
            return nil
        }
        return question
    }

    /// The scroll that keeps the current one if widget `index` is fully visible, or brings it into view.
    private func scrollShowing(_ index: Int, in doc: ReaderDocument, view: Int) -> Int {
        guard let row = doc.row(ofWidget: index) else { return scroll }
        let bottom = row + doc.height(ofWidget: index)
        if row < scroll { return row }
        if bottom > scroll + view { return max(0, min(row, bottom - view)) }
        return scroll
    }

    /// Checks the typed answer to the focused question and keeps it, closing the field; text that is no
    /// answer is not kept (no try is spent) and the notice says what to type. Returns the question's new record.
    private mutating func submit(_ typed: String, _ context: ScreenContext) -> ProgressChange? {
        guard let question = answering(context), let focusedWidget else {
            answerField = nil
            return nil
        }
        let verdict = question.judge(typed, notation: context.options.notation)
        guard let answer = Answer(typed: typed, verdict: verdict) else {
            if case let .unreadable(notice) = verdict { answerNotice = notice }
            return nil
        }
        answerNotice = nil
        answerField = nil
        answers[focusedWidget] = answer
        return .question(lesson: context.lessons[lesson].slug, key: QuestionProgress.key(prompt: question.prompt),
                         panel(focusedWidget, question, context).answered(answer))
    }
}
