import CellGrid
import Testing
@testable import TestSupport

/// The role map: a letter per cell for its role, capitals for bold, a second grid for reverse and dim.
@Suite struct RoleMapTests {
    @Test func lettersFollowRolesAndBoldAndTrailingNormalCellsAreLeftOut() {
        var buffer = CellBuffer(width: 8, height: 3)
        buffer.put("Title", x: 0, y: 0, role: .titleBar)
        buffer.put("x", x: 2, y: 1, style: Style(.chartBlue, bold: true))
        buffer.put("ok", x: 4, y: 1, style: Style(bold: true))
        #expect(RoleMap.text(of: buffer) == """
            roles, one letter a cell (capital: bold; # bold normal text)
            ttttt
            ..B.##

            legend: . normal, t titleBar, b chartBlue

            """)
    }

    @Test func reverseAndDimGetTheirOwnGrid() {
        var buffer = CellBuffer(width: 4, height: 2)
        buffer.fill(Rect(x: 0, y: 0, width: 4, height: 1), style: Style(.selected, reverse: true))
        buffer.put("·", x: 1, y: 1, style: Style(dim: true))
        buffer.put("*", x: 2, y: 1, style: Style(.highlight, reverse: true, dim: true))
        #expect(RoleMap.text(of: buffer) == """
            roles, one letter a cell (capital: bold; # bold normal text)
            vvvv
            ..w
            emphasis (r reverse, d dim, x both)
            rrrr
            .dx
            legend: . normal, v selected, w highlight

            """)
    }

    @Test func everyRoleHasItsOwnLetter() {
        let letters = StyleRole.allCases.map(RoleMap.letter)
        #expect(Set(letters).count == letters.count)
        #expect(!letters.contains("#"))
    }
}
