import Testing
import LossPlot

@Suite("Canvas mode from the locale")
struct CanvasModeTests {
    @Test("A UTF-8 locale gets braille, in any spelling")
    func utf8() {
        #expect(CanvasMode.automatic(environment: ["LANG": "en_GB.UTF-8"]) == .braille)
        #expect(CanvasMode.automatic(environment: ["LC_CTYPE": "C.utf8"]) == .braille)
    }

    @Test("LC_ALL overrides LC_CTYPE, which overrides LANG; an unset or non-UTF-8 locale gets ASCII")
    func precedence() {
        #expect(CanvasMode.automatic(environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"]) == .ascii)
        #expect(CanvasMode.automatic(environment: ["LC_ALL": "", "LC_CTYPE": "de_DE.UTF-8", "LANG": "C"]) == .braille)
        #expect(CanvasMode.automatic(environment: ["LANG": "POSIX"]) == .ascii)
        #expect(CanvasMode.automatic(environment: [:]) == .ascii)
    }

    @Test("Dots per cell: braille 2 × 4, blocks 1 × 2, ASCII 1 × 1")
    func resolution() {
        #expect(CanvasMode.braille.dotsPerCell == (2, 4))
        #expect(CanvasMode.blocks.dotsPerCell == (1, 2))
        #expect(CanvasMode.ascii.dotsPerCell == (1, 1))
    }
}
