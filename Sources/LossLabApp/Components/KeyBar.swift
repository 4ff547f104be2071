import CellGrid

/// The bottom line: as many bindings as fit, the highest priorities first, shown in their own order.
///
/// The bindings in `kept` (the app's `? help` and `q quit`) always keep their place at the end.
struct KeyBar {
    var bindings: [KeyHelp]
    var kept: [KeyHelp]
    var ascii: Bool

    /// The entries that fit in `width` columns, in the order they are listed.
    func entries(width: Int) -> [KeyHelp] {
        let candidates = bindings.filter(\.inBar)
        var room = width - 1 - kept.reduce(0) { $0 + cost($1) }
        var chosen = Set<Int>()
        for k in candidates.indices.sorted(by: { (-candidates[$0].priority, $0) < (-candidates[$1].priority, $1) }) where cost(candidates[k]) <= room {
            chosen.insert(k)
            room -= cost(candidates[k])
        }
        return candidates.indices.filter(chosen.contains).map { candidates[$0] } + kept
    }

    /// Draws the bar on row `y` of `screen`.
    func render(into screen: inout CellBuffer, y: Int) {
        screen.fill(Rect(x: 0, y: y, width: screen.width, height: 1), role: .keyBar)
        var x = 1
        for entry in entries(width: screen.width) {
            let keys = entry.keys(ascii: ascii)
            let start = x
            x = screen.put(keys, x: x, y: y, role: .keyBar)
            screen.restyle(Rect(x: start, y: y, width: x - start, height: 1), role: .strong)
            x = screen.put(" " + entry.label(ascii: ascii) + "  ", x: x, y: y, role: .keyBar)
        }
    }

    /// The columns an entry takes: keys, a space, the label and two spaces.
    private func cost(_ entry: KeyHelp) -> Int { entry.keys(ascii: ascii).displayWidth + 1 + entry.label(ascii: ascii).displayWidth + 2 }
}
