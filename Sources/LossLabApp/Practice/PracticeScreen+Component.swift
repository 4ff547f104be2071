import CellGrid
import LessonKit
import LossKit
import ProgressKit

extension PracticeScreen: Component {
    enum Action: Sendable, Equatable {
        /// Start answering; on a finished problem, the next one.
        case use
        case check, cancel
        case hint
        /// A new problem of the same skill.
        case next
        /// The skill before or after this one.
        case skill
        /// The Lab on the problem's numbers, as a calculator.
        case lab
        /// The summary, then back where Practice was opened from.
        case leave
        /// A line up or down, when the text is taller than the screen.
        case scroll
    }

    var capturesText: Bool { field != nil }

    func bindings(_ context: ScreenContext) -> [KeyBinding<Action>] {
        if field != nil {
            return [
                KeyBinding([.enter], KeyHelp("Enter", "check the answer", priority: 9), .check),
                KeyBinding([.escape], KeyHelp("Esc", "cancel", help: "stop answering", priority: 8), .cancel),
            ]
        }
        let back = "back to " + (origin == .contents ? "the contents" : "where Practice was opened")
        let overflows = lines(context.body, context).count > context.body.height
        let scrolling = overflows ? [KeyBinding(Key.upDown, KeyHelp("↑↓ j k", ascii: "Up/Down j k", "scroll", priority: 7), Action.scroll)] : []
        if showsSummary {
            return [KeyBinding([.enter, .escape, .char("t")], KeyHelp("Enter", back, help: "Enter, t or Esc: " + back, priority: 9), .leave)]
                + scrolling
        }
        var bindings = [
            KeyBinding([.enter], KeyHelp("Enter", isSolved ? "next problem" : answer == nil ? "answer" : "try again", help: "answer the problem (once solved: the next one)",
                                         priority: 9), Action.use),
        ]
        if let next = panel(context).nextHint {
            bindings.append(KeyBinding([.char("h")], KeyHelp("h", next, help: "h: the next hint (1 a nudge, 2 the method, 3 the worked step), "
                + "then the answer; a problem with hints does not count towards the five in a row", priority: 8), .hint))
        }
        bindings += [
            KeyBinding([.char("n")], KeyHelp("n", "new problem", help: "a new problem of this skill (skipping this one)", priority: 6), .next),
            KeyBinding([.left, .right], KeyHelp("←→", ascii: "Left/Right", "skill", help: "practise the skill before or after this one",
                                                priority: 5), .skill),
        ]
        if problem.data != nil {
            bindings.append(KeyBinding([.char("l")], KeyHelp("l", "Lab", help: "open the Lab on this problem's numbers, as a calculator", priority: 7), .lab))
        }
        bindings.append(KeyBinding([.char("t"), .escape], KeyHelp("t", "finish", help: "t or Esc: end the session, with a summary", priority: 6), .leave))
        return bindings + scrolling
    }

    mutating func perform(_ action: Action, key: Key, _ context: ScreenContext) -> [Effect] {
        switch action {
        case .use:
            if isSolved { return nextProblem(context) }
            field = TextField("")
            notice = nil
        case .check:
            return check(field?.text ?? "", context).map { [.save($0)] } ?? []
        case .cancel:
            (field, notice) = (nil, nil)
        case .hint:
            record = panel(context).askingForHint()
        case .next:
            return nextProblem(context)
        case .skill:
            let all = PracticeSkill.allCases
            let k = all.firstIndex(of: skill) ?? 0
            skill = all[(k + key.step + all.count) % all.count]
            newProblem(context)
        case .lab:
            guard let data = problem.data else { break }
            return [.openPreset(LabPreset(losses: [data.spec.loss], x: data.x, xhat: data.xhat, convention: data.spec.convention,
                                          reduction: data.spec.reduction,
                                          caption: "the practice problem's numbers, to use the Lab as a calculator; t goes back to the problem."))]
        case .leave:
            scroll = nil
            if showsSummary || session.answered == 0 {
                showsSummary = false
                return [.open(origin)]
            }
            showsSummary = true
        case .scroll:
            let count = lines(context.body, context).count
            scroll = firstLine(of: count, rows: context.body.height) + key.step
        }
        if action != .scroll && action != .leave { scroll = nil }
        return []
    }

    /// Moves on: to the suggested skill if this one was just practised, else a new problem of it.
    private mutating func nextProblem(_ context: ScreenContext) -> [Effect] {
        skill = Self.suggestedSkill(after: skill, context)
        newProblem(context)
        return []
    }

    mutating func handleUnbound(_ key: Key, _ context: ScreenContext) -> Outcome {
        guard var typing = field else { return .ignored }
        _ = typing.handle(key)
        field = typing
        return .handled
    }

    func title(_ context: ScreenContext) -> String { showsSummary ? "Practice: the session" : "Practice" }

    func status(_ context: ScreenContext) -> String? {
        let practised = PracticeSkill.allCases.filter { Self.record($0, context).standing(now: context.now) != .learning }.count
        return "\(practised) of \(PracticeSkill.allCases.count) skills practised"
    }
}
