import Testing
@testable import TerminalBackend

/// A reported size beyond `Terminal.maximumSize` is used as that size.
@Suite struct TerminalSizeLimitTests {
    @Test func hugeSizesAreClamped() {
        #expect(Terminal.clamped(width: 30000, height: 30000) == (1000, 500))
        #expect(Terminal.clamped(width: 80, height: 30000) == (80, 500))
        #expect(Terminal.clamped(width: 200, height: 60) == (200, 60))
    }
}
