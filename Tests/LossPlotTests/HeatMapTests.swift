import Testing
import LossKit
import LossPlot

@Suite("Heat maps of the loss per pixel")
struct HeatMapTests {
    /// A 2×3 image whose pixels cost 0, a quarter, a half, three quarters, all and ∞ of the largest finite value.
    let map = HeatMap(title: "BCE per pixel (2x3)", values: [0, 1, 2, 3, 4, .infinity],
                      shape: ImageShape(rows: 2, columns: 3), selected: 4)

    @Test("Each pixel is two cells shaded by its share of the largest finite value; ∞ is fully dark")
    func shades() {
        let lines = map.render(width: 20, height: 4, mode: .braille).lines()
        #expect(lines[0] == "BCE per pixel (2x3)" + " ")
        #expect(lines[1] == " ··░░▒▒" + String(repeating: " ", count: 13))
        // The selected pixel (the fifth) begins with the pointer.
        #expect(lines[2] == " ▓▓▶███" + String(repeating: " ", count: 13))
        #expect(lines[3] == " ·░▒▓█ 0 to 4" + String(repeating: " ", count: 7))
    }

    @Test("ASCII mode writes only ASCII")
    func ascii() {
        let text = map.render(width: 20, height: 4, mode: .ascii).text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains(" ..::++"))
        #expect(text.contains(" ##>@@"))
    }

    @Test("The selected pixel is bold and coloured apart from the rest")
    func selectedStyle() {
        let grid = map.render(width: 20, height: 4, mode: .braille)
        #expect(grid[3, 2].style.bold)
        #expect(grid[3, 2].style.colour == .yellow)
        #expect(!grid[1, 2].style.bold)
    }

    @Test("A map needs the title, the rows and the legend: two cells a pixel and a margin across")
    func size() {
        #expect(map.size.width == 7)
        #expect(map.size.height == 4)
        // Values that do not match the shape draw only the title.
        let wrong = HeatMap(title: "t", values: [1, 2], shape: ImageShape(rows: 2, columns: 2))
        #expect(wrong.render(width: 8, height: 4, mode: .ascii).lines() == ["t       ", "        ", "        ", "        "])
    }

    @Test("Shapes read as ROWSxCOLUMNS")
    func shapes() {
        #expect(ImageShape("5x5") == ImageShape(rows: 5, columns: 5))
        #expect(ImageShape("2X3")?.count == 6)
        #expect(ImageShape("4 × 2") == ImageShape(rows: 4, columns: 2))
        #expect(ImageShape("1x2x3") == nil)
        #expect(ImageShape("5") == nil)
        #expect(ImageShape("0x3") == nil)
        #expect(ImageShape("ax3") == nil)
        #expect(ImageShape(rows: 4, columns: 7).description == "4x7")
    }
}
