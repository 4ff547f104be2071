extension AppState {
    /// Applies one key to the open page (or the help page over it).
    mutating func handle(_ key: Key) -> [Effect] {
        if key == .ctrl("c") { return [.quit] }
        if showsHelp {
            switch key {
            case .escape, .char("?"), .char("q"), .enter: showsHelp = false
            default: break
            }
            return []
        }
        // While a Lab field or an answer is being edited, every key is typing.
        if case .lesson = page, reader?.answerField != nil {
            handleReader(key)
            return []
        }
        if page == .lab && lab.focus != .table {
            _ = lab.handle(key, tableRows: labLayout.tableRows)
            return []
        }
        switch key {
        case .char("?"):
            showsHelp = true
            return []
        case .char("q"):
            return [.quit]
        default:
            break
        }
        switch page {
        case .contents: handleContents(key)
        case .lesson: handleReader(key)
        case .lab:
            if !lab.handle(key, tableRows: labLayout.tableRows) {
                if key == .char("t") || key == .escape { page = labOrigin }
            }
        }
        return []
    }

    /// The number of entries on the contents page: the lessons, then the Lab.
    var contentsCount: Int { catalog.count + 1 }

    private mutating func handleContents(_ key: Key) {
        switch key {
        case .up, .char("k"): contentsCursor = max(0, contentsCursor - 1)
        case .down, .char("j"): contentsCursor = min(contentsCount - 1, contentsCursor + 1)
        case .home: contentsCursor = 0
        case .end: contentsCursor = contentsCount - 1
        case .char("l"): openLab(from: .contents)
        case .enter, .right:
            if contentsCursor < catalog.count { openLesson(contentsCursor) } else { openLab(from: .contents) }
        default: break
        }
    }
}

extension AppState {
    /// Opens the Lab, remembering where `t` and Esc lead back to.
    mutating func openLab(from origin: Page) {
        labOrigin = origin
        page = .lab
    }
}
