import Testing
@testable import LossLabApp

/// One list of bindings: what dispatch takes, the help page lists and the key bar offers.
@Suite struct KeyBindingTests {
    func press(_ state: inout AppState, _ keys: String) {
        LossLabApp.run(&state, try! KeyNotation.parse(keys))
    }

    /// Each screen the app has, reached by keys from the contents.
    static let screens = ["", "<Enter>", "<Enter><Tab><Tab><Enter>", "l", "le", "l<Space>"]

    @Test(arguments: screens)
    func theHelpPageListsEveryKeyTheScreenTakes(_ keys: String) {
        var state = AppState(width: 120, height: 40, lessons: FixtureLessons.lessons)
        press(&state, keys)
        let help = state.keyHelp.map(\.keys).joined(separator: " ")
        let bound = state.openScreen.keyHelp(state.context)
        #expect(!bound.isEmpty)
        for entry in bound { #expect(help.contains(entry.keys)) }
    }

    @Test func theReaderHelpNamesJKHomeAndEnd() {
        var state = AppState(width: 120, height: 40, lessons: FixtureLessons.lessons)
        press(&state, "<Enter>?")
        let text = state.render().text
        #expect(text.contains("↑↓ j k"))
        #expect(text.contains("Home"))
        #expect(text.contains("End"))
        press(&state, "<Esc><Resize 80x18>j")
        #expect(state.reader!.scroll == 1, "j scrolls as the help says")
    }

    @Test(arguments: [60, 80, 120], ["", "<Enter>", "l", "l<Space>", "<Enter><Tab><Enter>"])
    func theKeyBarAlwaysKeepsHelpAndQuit(_ width: Int, _ keys: String) {
        var state = AppState(width: width, height: 24, lessons: FixtureLessons.lessons)
        press(&state, keys)
        let bar = state.render().lines().last!
        #expect(bar.contains("? help") && bar.contains("q quit"), "\(bar)")
        #expect(bar.displayWidth <= width)
    }

    @Test func theKeyBarPicksByPriorityAndKeepsTheListOrder() {
        let bar = KeyBar(bindings: [KeyHelp("a", "low", priority: 1), KeyHelp("b", "high", priority: 9), KeyHelp("c", "mid", priority: 5)],
                         kept: [KeyHelp("q", "quit")], ascii: false)
        #expect(bar.entries(width: 40).map(\.keys) == ["a", "b", "c", "q"])
        #expect(bar.entries(width: 26).map(\.keys) == ["b", "c", "q"])
        #expect(bar.entries(width: 10).map(\.keys) == ["q"])
    }

    @Test func whileTypingQuestionMarkAndQAreText() {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        press(&state, "<Enter><Tab><Tab><Enter>?q")
        #expect(state.reader!.answerField?.text == "?q")
        #expect(!state.showsHelp)
        #expect(!state.render().lines().last!.contains("q quit"))
    }

    @Test func theContentsIsAListOfEntries() {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        #expect(ContentsScreen.entries(state.context) == [.lesson(0), .lesson(1), .practice, .lab, .train])
        press(&state, "<End><Enter>")
        #expect(state.page == .train)
        press(&state, "t<End>k<Enter>")
        #expect(state.page == .lab)
        press(&state, "t<Home>j<Enter>")
        #expect(state.page == .lesson(1))
        press(&state, "t")
        #expect(state.contentsCursor == 1, "back on the contents, the lesson just left is highlighted")
    }
}
