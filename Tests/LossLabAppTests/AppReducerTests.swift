import Testing
@testable import LossLabApp

/// Events in, app state out: pages, help, quitting and resizing.
@Suite struct AppReducerTests {
    func press(_ state: inout AppState, _ keys: String) -> Bool {
        LossLabApp.run(&state, try! KeyNotation.parse(keys))
    }

    @Test func opensOnTheContentsAndReachesTheLab() {
        var state = AppState(width: 80, height: 24)
        #expect(state.page == .contents)
        #expect(!press(&state, "l"))
        #expect(state.page == .lab)
        #expect(!press(&state, "t"))
        #expect(state.page == .contents)
    }

    @Test func qQuitsButIsTypedWhileEditing() {
        var state = AppState(width: 80, height: 24, page: .lab)
        #expect(!press(&state, "eq"))
        #expect(state.lab.xhatField.text.hasSuffix("q"))
        #expect(press(&state, "<Esc>q"))
    }

    @Test func ctrlCQuitsEverywhere() {
        var state = AppState(width: 80, height: 24, page: .lab)
        #expect(press(&state, "e<C-c>"))
    }

    @Test func helpOpensWithQuestionMarkAndClosesWithEsc() {
        var state = AppState(width: 80, height: 24, page: .lab)
        _ = press(&state, "?")
        #expect(state.showsHelp)
        _ = press(&state, "]")
        #expect(state.lab.data.predictions[0] == 0.9, "keys under the help page do not reach the Lab")
        _ = press(&state, "<Esc>")
        #expect(!state.showsHelp)
    }

    @Test func resizeChangesTheSizeAndTheLayout() {
        var state = AppState(width: 80, height: 24)
        _ = press(&state, "<Resize 30x10>")
        #expect(!state.fits)
        _ = press(&state, "<Resize 120x40>")
        #expect(state.fits)
        #expect(state.width == 120 && state.height == 40)
    }

    @Test func keyNotationReadsNamesAndRefusesUnknownOnes() throws {
        #expect(try KeyNotation.parse("a<Enter><lt><C-c><S-Tab><Tick>") == [.key(.char("a")), .key(.enter), .key(.char("<")), .key(.ctrl("c")), .key(.backTab), .tick].map(KeyNotation.Step.event))
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<Nope>") }
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<Enter") }
    }

    @Test func keyNotationQuotesNamesEscapedAndBoundsResizes() {
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<Resize 1001x10>") }
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<Resize 99999999999999999999x10>") }
        do {
            _ = try KeyNotation.parse("<\u{1B}[2J\u{07}>")
            Issue.record("an escape sequence was read as a key")
        } catch {
            #expect(error.message.hasPrefix("unknown key <\\e[2J\\x07> at column 1"))
        }
    }
}
