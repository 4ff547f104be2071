/// A series reduced to the lowest and highest value in each dot column, so drawing costs the width, not the count.
///
/// Column k is centred on x = xLower + k · (xUpper − xLower) / (columns − 1), so the first and last columns
/// sit exactly on the ends of the range. Consecutive points are joined: where a line between two points
/// crosses from one column into the next, its value at the border counts in both, so the drawn curve has
/// no gaps and keeps every spike.
struct ColumnEnvelope {
    /// The lowest and highest value in each column; ±∞ are kept, NaN never enters.
    private(set) var low: [Double]
    private(set) var high: [Double]
    /// Whether each column holds any value.
    private(set) var filled: [Bool]
    let columns: Int
    let xLower: Double
    let xUpper: Double

    /// An empty envelope of `columns` columns (at least 2) spanning x from `xLower` to `xUpper`.
    init(columns: Int, xLower: Double, xUpper: Double) {
        self.columns = max(2, columns)
        self.xLower = xLower
        self.xUpper = xUpper
        low = Array(repeating: 0, count: self.columns)
        high = Array(repeating: 0, count: self.columns)
        filled = Array(repeating: false, count: self.columns)
    }

    /// The envelope of one series. A function is sampled at every column's centre and halfway between.
    init(_ series: Series, columns: Int, xLower: Double, xUpper: Double) {
        self.init(columns: columns, xLower: xLower, xUpper: xUpper)
        switch series.data {
        case let .points(x, y):
            add(x: x, y: y)
        case let .function(f):
            let samples = max(2, 2 * (self.columns - 1))
            let xs = (0...samples).map { xLower + (xUpper - xLower) * Double($0) / Double(samples) }
            add(x: xs, y: xs.map(f))
        }
    }

    /// The lowest and highest value in column `c`, or nil when it is empty.
    func range(_ c: Int) -> (low: Double, high: Double)? {
        filled[c] ? (low[c], high[c]) : nil
    }

    /// Adds points in increasing x; a NaN, or an x outside the range, breaks the line.
    ///
    /// This is the hot loop of a large chart (10⁶ points), so it works on raw buffers moved out of `self`.
    mutating func add(x xs: [Double], y ys: [Double]) {
        var columnsLow = low, columnsHigh = high, columnsFilled = filled
        (low, high, filled) = ([], [], [])
        defer { (low, high, filled) = (columnsLow, columnsHigh, columnsFilled) }
        let count = min(xs.count, ys.count)
        let scale = Double(columns - 1) / (xUpper - xLower)
        let (lower, upper, last) = (xLower, xUpper, columns - 1)
        xs.withUnsafeBufferPointer { xs in
            ys.withUnsafeBufferPointer { ys in
                columnsLow.withUnsafeMutableBufferPointer { lows in
                    columnsHigh.withUnsafeMutableBufferPointer { highs in
                        columnsFilled.withUnsafeMutableBufferPointer { filled in
                            let columns = Buffers(low: lows, high: highs, filled: filled, lower: lower, scale: scale)
                            var previous: Point?
                            var i = 0
                            while i < count {
                                let x = xs[i]
                                let y = ys[i]
                                i += 1
                                guard x >= lower, x <= upper, !y.isNaN else {
                                    previous = nil
                                    continue
                                }
                                let column = min(Int((x - lower) * scale + 0.5), last)
                                if let p = previous, p.column != column {
                                    columns.join(p, Point(column: column, x: x, y: y))
                                }
                                // The points that follow in the same column only widen its range: a tight loop
                                // with no column arithmetic, left for the general path at anything unusual.
                                let border = column == last ? upper.nextUp : lower + (Double(column) + 0.5) / scale
                                var (low, high, lastX, lastY) = (y, y, x, y)
                                while i < count {
                                    let nextX = xs[i]
                                    let nextY = ys[i]
                                    guard nextX >= lastX, nextX < border, !nextY.isNaN else { break }
                                    low = Swift.min(low, nextY)
                                    high = Swift.max(high, nextY)
                                    (lastX, lastY) = (nextX, nextY)
                                    i += 1
                                }
                                columns.include(column, low)
                                columns.include(column, high)
                                previous = Point(column: column, x: lastX, y: lastY)
                            }
                        }
                    }
                }
            }
        }
    }

    /// A point placed in its column.
    private struct Point {
        var column: Int
        var x: Double
        var y: Double
    }

    /// The envelope's columns as raw buffers, for the hot loop.
    private struct Buffers {
        let low: UnsafeMutableBufferPointer<Double>
        let high: UnsafeMutableBufferPointer<Double>
        let filled: UnsafeMutableBufferPointer<Bool>
        let lower: Double
        let scale: Double

        @inline(__always)
        func include(_ c: Int, _ y: Double) {
            if filled[c] {
                if y < low[c] { low[c] = y }
                if y > high[c] { high[c] = y }
            } else {
                filled[c] = true
                low[c] = y
                high[c] = y
            }
        }

        /// Joins two points in different columns: the line's value at each column border counts on both sides.
        ///
        /// When one end is infinite, the finite value is added to the infinite end's column, so the curve
        /// runs from that value off the chart instead of leaving a gap.
        func join(_ p: Point, _ q: Point) {
            guard p.y.isFinite, q.y.isFinite else {
                if p.y.isFinite { include(q.column, p.y) } else if q.y.isFinite { include(p.column, q.y) }
                return
            }
            let step = q.column > p.column ? 1 : -1
            var k = p.column
            while k != q.column {
                let border = lower + (Double(step > 0 ? k : k - 1) + 0.5) / scale
                let y = p.y + (q.y - p.y) * (border - p.x) / (q.x - p.x)
                include(k, y)
                include(k + step, y)
                k += step
            }
        }
    }
}
