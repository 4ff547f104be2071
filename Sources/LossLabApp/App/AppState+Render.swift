import CellGrid
import LessonKit
import LossKit

extension AppState {
    /// Draws the open screen (or the help over it) between the title bar and the key bar, or the
    /// too-small message.
    func render() -> CellBuffer {
        var screen = CellBuffer(width: width, height: height)
        guard fits else {
            renderTooSmall(into: &screen)
            return screen
        }
        let context = context
        let title: String
        let status: String?
        let bar: KeyBar
        if let help {
            help.render(into: &screen, rect: body, context)
            (title, status) = (help.title(context), nil)
            bar = KeyBar(bindings: help.barHelp(context), kept: [], ascii: options.ascii)
        } else if let presenter, case .presenter = page {
            // The presenter owns the whole screen: no title bar, no key bar.
            presenter.render(into: &screen, rect: Rect(x: 0, y: 0, width: width, height: height), context)
            return screen
        } else {
            let open = openScreen
            open.render(into: &screen, rect: body, context)
            (title, status) = (open.title(context), open.status(context))
            bar = KeyBar(bindings: open.barHelp(context), kept: open.capturesText ? [] : Self.appBindings.map(\.shown), ascii: options.ascii)
        }
        renderTitleBar(title, status: status, into: &screen)
        bar.render(into: &screen, y: height - 1)
        return screen
    }

    /// The open screen's component.
    var openScreen: any Component {
        switch page {
        case .contents: contents
        case let .lesson(k): readers[k]!
        case .lab: labScreen
        case .practice: practice!
        case .presenter: presenter!
        case .train: trainScreen!
        }
    }

    /// The open screen's title, as the title bar shows it.
    var screenTitle: String { openScreen.title(context) }

    /// Every key of the open screen and the app's own (but those the screen binds itself), for the help page.
    var keyHelp: [KeyHelp] {
        let screen = openScreen
        let context = context
        return screen.keyHelp(context) + Self.appBindings.filter { !$0.keys.contains { screen.binds($0, context) } }.map(\.shown)
    }

    private func renderTitleBar(_ title: String, status: String?, into screen: inout CellBuffer) {
        screen.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .titleBar)
        let dot = options.ascii ? "-" : "·"
        let right = status.map { $0 + " " } ?? ""
        screen.put(TextWrap.shortened(" LossLab \(dot) " + title, width: width - right.displayWidth - 1), x: 0, y: 0, role: .titleBar)
        screen.put(right, x: width - right.displayWidth, y: 0, role: .titleBar)
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
