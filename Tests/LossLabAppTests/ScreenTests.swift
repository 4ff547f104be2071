import CellGrid
import Testing
@testable import LossLabApp

/// The screen grid: grapheme cells, display widths, clipping.
@Suite struct ScreenTests {
    @Test func xHatIsOneCell() {
        let xhat: Character = "x\u{0302}"
        #expect(xhat.displayWidth == 1)
        var screen = CellBuffer(width: 5, height: 1)
        let end = screen.put("x̂ = 1", x: 0, y: 0)
        #expect(end == 5)
        #expect(screen[0, 0].grapheme == xhat)
        #expect(screen.lines() == ["x̂ = 1"])
    }

    @Test func wideGraphemesTakeTwoCellsAndAreNotSplit() {
        var screen = CellBuffer(width: 3, height: 1)
        screen.put("漢字", x: 0, y: 0)
        #expect(screen[1, 0].isContinuation)
        #expect(screen.lines() == ["漢 "])
    }

    @Test func controlCharactersNeverReachTheScreen() {
        var screen = CellBuffer(width: 6, height: 1)
        screen.put("a\u{1B}[2Jb", x: 0, y: 0)
        #expect(screen.lines() == ["a [2Jb"])
    }

    @Test func bidirectionalControlsNeverReachTheScreen() {
        var screen = CellBuffer(width: 8, height: 1)
        screen.put("a\u{202E}b\u{2066}c\u{200F}d", x: 0, y: 0)
        #expect(screen.lines() == ["a b c d "])
    }

    @Test func writesOutsideTheScreenAreClipped() {
        var screen = CellBuffer(width: 4, height: 2)
        screen.put("abcdef", x: 2, y: 1)
        screen.put("zz", x: 0, y: 5)
        screen.put("yy", x: -1, y: 0)
        #expect(screen.lines() == ["y   ", "  ab"])
    }
}
