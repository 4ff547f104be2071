import LossKit
/// The digits 0 to 9 as 5 × 7 glyphs, drawn for LossLab (see DATA-LICENSES.md), placed in an 8 × 8 frame.
enum DigitGlyphs {
    /// Seven rows of five columns per digit; `#` is ink.
    static let glyphs: [[String]] = [
        [".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."],
        ["..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."],
        [".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"],
        ["#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###."],
        ["...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."],
        ["#####", "#....", "####.", "....#", "....#", "#...#", ".###."],
        ["..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."],
        ["#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."],
        [".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."],
        [".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."],
    ]

    /// A digit chosen by `random`, shifted by 0 to 3 columns and 0 or 1 row, with stroke noise: each
    /// ink pixel is dropped with probability 0.05 and each blank pixel next to ink is inked with 0.05.
    static func random(_ random: inout SplitMix64) -> [Double] {
        let n = 8
        let glyph = glyphs[random.below(glyphs.count)]
        let (down, right) = (random.integer(in: 0...1), random.integer(in: 0...3))
        var ink = [Bool](repeating: false, count: n * n)
        for (r, row) in glyph.enumerated() {
            for (c, character) in row.enumerated() where character == "#" {
                ink[(r + down) * n + c + right] = true
            }
        }
        var pixels = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                if ink[i * n + j] {
                    pixels[i * n + j] = random.chance(0.05) ? 0 : 1
                } else if touchesInk(ink, i, j, n) {
                    pixels[i * n + j] = random.chance(0.05) ? 1 : 0
                }
            }
        }
        return pixels
    }

    /// Whether a pixel beside (i, j), across or up and down, is ink.
    private static func touchesInk(_ ink: [Bool], _ i: Int, _ j: Int, _ n: Int) -> Bool {
        (i > 0 && ink[(i - 1) * n + j]) || (i < n - 1 && ink[(i + 1) * n + j])
            || (j > 0 && ink[i * n + j - 1]) || (j < n - 1 && ink[i * n + j + 1])
    }
}
