import Testing
import CellGrid
import LossKit
@testable import LossPlot
import TestSupport

@Suite("Heat maps of the loss per pixel, and images")
struct HeatMapTests {
    /// A 2×3 image whose pixels cost 0, a quarter, a half, three quarters, all and ∞ of the largest finite value.
    let map = HeatMap(title: "BCE per pixel", values: [0, 1, 2, 3, 4, .infinity],
                      shape: ImageShape(rows: 2, columns: 3), selected: 4)

    private func draw(_ map: HeatMap, _ width: Int, _ height: Int, _ mode: CanvasMode, colour: Bool) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        map.render(into: &buffer, in: buffer.bounds, mode: mode, colour: colour)
        return buffer
    }

    @Test("With colour, two pixels share a cell: ▀ with the top pixel's grey in front and the bottom one's behind")
    func halfBlocks() {
        let buffer = draw(map, 20, 5, .braille, colour: true)
        #expect(buffer.lines()[1].hasPrefix("▀▄▀ "))
        // Darker means more loss: 0 is white, 3 of 4 is a quarter grey, ∞ is black.
        #expect(buffer[0, 1].style.foreground == .white)
        #expect(buffer[0, 1].style.background == Gray(fraction: 0.25))
        #expect(buffer[2, 1].style.foreground == Gray(fraction: 0.5))
        #expect(buffer[2, 1].style.background == .black)
        // The chosen pixel (the fifth, bottom middle) is the front half, in the highlight colour.
        #expect(buffer[1, 1].grapheme == "▄")
        #expect(buffer[1, 1].style.role == .chartYellow && buffer[1, 1].style.foreground == nil)
        #expect(buffer[1, 1].style.background == Gray(fraction: 0.75))
        #expect(buffer.lines()[3].hasPrefix("darker: more loss"))
    }

    @Test("The legend's strip runs from white to black between the ends, which are never cut")
    func legendStrip() {
        let buffer = draw(map, 20, 5, .braille, colour: true)
        #expect(buffer.lines()[2].hasPrefix("0       4"))
        #expect(buffer[2, 2].style.background == .white)
        #expect(buffer[6, 2].style.background == .black)
        let narrow = HeatMap(title: "t", values: [0, 0.1234], shape: ImageShape(rows: 1, columns: 2))
        let lines = draw(narrow, 8, 8, .braille, colour: true).lines()
        #expect(lines[2] == "0       " && lines[3] == "0.1234  ", "\(lines)")
    }

    @Test("Without colour each pixel is a shade character, two cells wide; the denser, the more loss")
    func shades() {
        let lines = draw(map, 20, 6, .braille, colour: false).lines()
        #expect(lines[1].hasPrefix("··░░▒▒"))
        // The chosen pixel (the fifth) begins with the pointer, so plain text shows it.
        #expect(lines[2].hasPrefix("▓▓▶███"))
        #expect(lines[3].hasPrefix("0 ·░▒▓█ 4"))
        #expect(lines[4].hasPrefix("denser: more loss"))
        let buffer = draw(map, 20, 6, .braille, colour: false)
        #expect(buffer[2, 2].style.reverse && buffer[2, 2].style.bold)
    }

    @Test("ASCII mode writes only ASCII, with or without colour")
    func ascii() {
        for colour in [true, false] {
            let text = draw(map, 20, 6, .ascii, colour: colour).text
            #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
            #expect(text.contains("..::++"))
        }
    }

    @Test("An image: 0 is black and 1 white, on the range it is given")
    func image() {
        let image = HeatMap(title: "x", values: [0, 0.5, 1, 1], shape: ImageShape(rows: 2, columns: 2), scale: .image(0...1))
        let buffer = draw(image, 20, 5, .braille, colour: true)
        #expect(buffer[0, 1].style.foreground == .black && buffer[0, 1].style.background == .white)
        #expect(buffer[1, 1].style.foreground == Gray(fraction: 0.5))
        // The legend's strip runs from black at 0 to white at 1, which says it without words.
        #expect(buffer.lines()[2].hasPrefix("0       1"))
        #expect(buffer[2, 2].style.background == .black && buffer[6, 2].style.background == .white)
    }

    @Test("28 × 28 pixels in a small rectangle are averaged in square blocks, and the legend says so")
    func downsampling() {
        let values = (0..<784).map { Double($0 % 28) }
        let big = HeatMap(title: "MSE per pixel", values: values, shape: ImageShape(rows: 28, columns: 28))
        let (geometry, legend) = big.layout(width: 20, height: 12, colour: true, mode: .braille)!
        #expect(geometry.factor == 2 && geometry.pictureColumns == 14 && geometry.height == 7)
        #expect(legend.lines.joined(separator: " ").contains("averaged 2x2"))
        #expect(big.averaged(factor: 2)[0] == 0.5)
        #expect(big.averaged(factor: 3).count == 100)
        // At full size, 28 columns and 14 rows of half blocks.
        #expect(big.layout(width: 40, height: 20, colour: true, mode: .braille)?.0.factor == 1)
    }

    @Test("A rectangle too small for even one pixel says so instead of drawing")
    func tooSmall() {
        let text = draw(map, 12, 2, .braille, colour: true).text
        #expect(text.contains("BCE per"))
        #expect(draw(map, 30, 2, .braille, colour: true).text.contains("2x3 pixels need more room"))
    }

    @Test("Snapshots of the map as text and as looks, in colour and without", arguments: [true, false])
    func snapshot(_ colour: Bool) {
        let values = (0..<64).map { Double(($0 * 7) % 10) / 10 }
        let eight = HeatMap(title: "BCE per pixel", values: values, shape: ImageShape(rows: 8, columns: 8), selected: 9)
        let buffer = draw(eight, 20, 14, .braille, colour: colour)
        let name = "heatmap-8x8-\(colour ? "colour" : "no-colour")-20x14"
        if let mismatch = Snapshot.mismatch(buffer.snapshotText + "--- looks ---\n" + buffer.looksText, named: name) {
            Issue.record(Comment(rawValue: mismatch))
        }
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
