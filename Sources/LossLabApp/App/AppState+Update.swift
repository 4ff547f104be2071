import LessonKit

extension AppState {
    /// The app's own keys, offered on every screen that is not taking typed text.
    static let appBindings: [KeyBinding<Effect>] = [
        KeyBinding([.char("?")], KeyHelp("?", "help", help: "show the keys of this screen", priority: 10), .toggleHelp),
        KeyBinding([.char("q")], KeyHelp("q", "quit", help: "leave LossLab", priority: 10), .quit),
    ]

    /// Whether the open screen takes every key as text.
    var capturesText: Bool {
        switch page {
        case .contents: contents.capturesText
        case .lesson: reader?.capturesText ?? false
        case .lab: labScreen.capturesText
        case .train: false
        }
    }

    /// Applies one key: Ctrl-C quits; the help page takes keys while shown; otherwise the app's own
    /// keys (unless the screen takes typed text), then the open screen's bindings.
    mutating func handle(_ key: Key) -> [Effect] {
        if key == .ctrl("c") { return [.quit] }
        let context = context
        let outcome: Outcome
        if help != nil {
            outcome = help!.handle(key, context)
        } else if !capturesText, let effect = Self.appBindings.action(for: key) {
            outcome = .effect(effect)
        } else {
            // Each screen is changed in place, so a large Lab is never copied.
            switch page {
            case .contents: outcome = contents.handle(key, context)
            case let .lesson(k): outcome = readers[k]?.handle(key, context) ?? .ignored
            case .lab: outcome = labScreen.handle(key, context)
            case .train: outcome = trainScreen?.handle(key, context) ?? .ignored
            }
        }
        markReadIfAtEnd()
        return apply(outcome.effects)
    }

    /// Sends a tick to the open screen, if it asks for ticks.
    mutating func tick() -> [Effect] {
        guard tickInterval != nil else { return [] }
        let context = context
        let outcome: Outcome
        switch page {
        case .contents: outcome = contents.tick(context)
        case let .lesson(k): outcome = readers[k]?.tick(context) ?? .ignored
        case .lab: outcome = labScreen.tick(context)
        case .train: outcome = trainScreen?.tick(context) ?? .ignored
        }
        markReadIfAtEnd()
        return apply(outcome.effects)
    }

    /// Carries out the effects that open screens; returns the others for the world outside.
    private mutating func apply(_ effects: [Effect]) -> [Effect] {
        var outside: [Effect] = []
        for effect in effects {
            switch effect {
            case let .open(target): open(target)
            case let .openPreset(preset):
                if let screen = LabScreen(preset: preset, origin: page) {
                    labScreen = screen
                    open(.lab)
                }
            case let .openTrain(preset):
                trainScreen = TrainScreen(preset: preset, origin: page)
                open(.train)
            case .toggleHelp:
                help = help == nil ? HelpPage(screenTitle: screenTitle, entries: keyHelp) : nil
            case .quit: outside.append(effect)
            }
        }
        return outside
    }

    /// Opens the Train screen on `screen` (such as `losslab train --watch` sets up), coming back to the contents.
    public mutating func openTrain(_ screen: TrainScreen) {
        trainScreen = screen
        open(.train)
    }

    /// Opens `target`: a lesson where it was left (its top the first time), the Lab as it was, or the contents.
    mutating func open(_ target: Page) {
        if case let .lesson(k) = page {
            // Leaving a lesson drops a half-typed answer; answers given and the place stay.
            readers[k]?.answerField = nil
            readers[k]?.answerNotice = nil
        }
        switch target {
        case let .lesson(k):
            guard lessons.indices.contains(k) else { return }
            if readers[k] == nil { readers[k] = ReaderState(lesson: k) }
            if progress[k] == .notStarted { progress[k] = .inProgress }
            page = target
            markReadIfAtEnd()
        case .lab:
            if page != .lab { labScreen.origin = page }
            page = .lab
        case .train:
            if trainScreen == nil { trainScreen = TrainScreen(generated: .shapes) }
            // Coming back from the Lab it opened keeps where the screen leads back to.
            if page != .lab && page != .train { trainScreen?.origin = page }
            page = .train
        case .contents:
            page = .contents
        }
        contents.highlight(page, lessons: catalog.count)
    }

    /// Marks the open lesson done when its last row is on screen.
    mutating func markReadIfAtEnd() {
        guard case let .lesson(k) = page, let reader = readers[k], reader.atEnd(context) else { return }
        progress[k] = .done
    }

    /// The number of entries on the contents page: the lessons, then the Lab.
    var contentsCount: Int { ContentsScreen.entries(lessons: catalog.count).count }

    /// Resizes the screen, keeping the same words at the top of the open lesson (from a screen too
    /// small to draw on, the same first row).
    mutating func resize(width: Int, height: Int) {
        guard case let .lesson(k) = page, let reader = readers[k] else {
            (self.width, self.height) = (width, height)
            return
        }
        let anchor = fits ? reader.document(context).anchor(atRow: reader.scroll) : nil
        (self.width, self.height) = (width, height)
        guard fits else { return }
        let doc = reader.document(context)
        let scroll = min(anchor.map(doc.row(ofAnchor:)) ?? reader.scroll, max(0, doc.height - reader.viewHeight(context)))
        readers[k]?.scroll = scroll
        markReadIfAtEnd()
    }
}
