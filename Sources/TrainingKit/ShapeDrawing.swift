import LossKit
/// One 8 × 8 binary image of a square outline, a cross, a ring or a bar, drawn at a random place and size.
struct ShapeDrawing {
    static let side = 8
    /// Row-major pixels, 0 or 1.
    private(set) var pixels = [Double](repeating: 0, count: side * side)

    private mutating func set(_ row: Int, _ column: Int) {
        pixels[row * Self.side + column] = 1
    }

    /// A shape chosen, placed and sized by `random`; every pixel lies inside the frame.
    static func random(_ random: inout SplitMix64) -> ShapeDrawing {
        var d = ShapeDrawing()
        let n = side
        switch random.below(4) {
        case 0: // square outline, side 3 to 6
            let s = random.integer(in: 3...6)
            let (top, left) = (random.integer(in: 0...(n - s)), random.integer(in: 0...(n - s)))
            for k in 0..<s {
                d.set(top, left + k); d.set(top + s - 1, left + k)
                d.set(top + k, left); d.set(top + k, left + s - 1)
            }
        case 1: // cross (plus sign), arms 1 to 3
            let arm = random.integer(in: 1...3)
            let (row, column) = (random.integer(in: arm...(n - 1 - arm)), random.integer(in: arm...(n - 1 - arm)))
            for k in -arm...arm {
                d.set(row + k, column)
                d.set(row, column + k)
            }
        case 2: // ring of radius 1 to 3: the pixels whose centre lies within half a pixel of the circle
            let r = random.integer(in: 1...3)
            let (row, column) = (random.integer(in: r...(n - 1 - r)), random.integer(in: r...(n - 1 - r)))
            for i in 0..<n {
                for j in 0..<n {
                    let distance = Double((i - row) * (i - row) + (j - column) * (j - column)).squareRoot()
                    if abs(distance - Double(r)) < 0.5 { d.set(i, j) }
                }
            }
        default: // bar, horizontal or vertical, 1 or 2 thick, 3 to 8 long
            let (thick, long) = (random.integer(in: 1...2), random.integer(in: 3...n))
            let (across, along) = (random.integer(in: 0...(n - thick)), random.integer(in: 0...(n - long)))
            let vertical = random.chance(0.5)
            for t in 0..<thick {
                for k in 0..<long {
                    vertical ? d.set(along + k, across + t) : d.set(across + t, along + k)
                }
            }
        }
        return d
    }

    /// The image blurred by the 3 × 3 kernel [1 2 1]ᵀ[1 2 1] / 16 (zeros beyond the frame), then
    /// mapped into [0.05, 0.95]: greys strictly inside (0, 1).
    func blurred() -> [Double] {
        let n = Self.side
        let weights = [1.0, 2.0, 1.0]
        var out = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                var sum = 0.0
                for di in -1...1 where (0..<n).contains(i + di) {
                    for dj in -1...1 where (0..<n).contains(j + dj) {
                        sum += weights[di + 1] * weights[dj + 1] * pixels[(i + di) * n + j + dj]
                    }
                }
                out[i * n + j] = 0.05 + 0.9 * sum / 16
            }
        }
        return out
    }
}
