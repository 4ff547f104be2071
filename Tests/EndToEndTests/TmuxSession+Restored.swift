import Testing

extension TmuxSession {
    /// Checks the shell works normally after the app ended with `expected` (`EXIT=…` printed by `launch`):
    /// main screen, cursor visible, canonical mode and echo on.
    func expectRestored(exit expected: String) throws {
        try waitFor("EXIT=\(expected)")
        try expectShellTerminal()
    }

    /// Checks the terminal is the shell's: main screen, cursor visible, `stty -a` showing icanon and echo.
    func expectShellTerminal() throws {
        #expect(try paneValue("#{alternate_on}") == "0", "the main screen is back")
        #expect(try paneValue("#{cursor_flag}") == "1", "the cursor is visible")
        try typeLine("stty -a | tr ' ' '\\n' | grep -x -e echo -e -echo -e icanon -e -icanon | tr '\\n' ' '; echo STTY-$((6 * 7))")
        let screen = try waitFor("STTY-42")
        #expect(screen.contains("icanon echo STTY-42"), "\(screen)")
        try typeLine("clear")
        try waitUntil("the screen to clear") { !$0.contains("STTY-42") }
    }
}
