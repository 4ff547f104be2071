import LossLabApp
import LossPlot
import Testing

/// The chart canvas chosen from --ascii, the locale and TERM.
@Suite struct AppOptionsTests {
    @Test func brailleOnAUTF8Terminal() {
        #expect(AppOptions(ascii: false, localeIsUTF8: true, term: "xterm-256color").canvas == .braille)
        #expect(AppOptions(ascii: false, localeIsUTF8: true, term: nil).canvas == .braille)
    }

    @Test func blocksOnTheLinuxConsole() {
        #expect(AppOptions(ascii: false, localeIsUTF8: true, term: "linux").canvas == .blocks)
        #expect(AppOptions(ascii: false, localeIsUTF8: true, term: "linux-16color").canvas == .blocks)
        #expect(AppOptions(ascii: false, localeIsUTF8: true, term: "linuxish").canvas == .braille)
    }

    @Test func asciiWinsOverEverything() {
        #expect(AppOptions(ascii: true, localeIsUTF8: true, term: "linux").canvas == .ascii)
        let latin1 = AppOptions(ascii: false, localeIsUTF8: false, term: "xterm")
        #expect(latin1.canvas == .ascii && latin1.ascii)
        #expect(AppOptions(ascii: true, canvas: .blocks).canvas == .ascii)
    }
}
