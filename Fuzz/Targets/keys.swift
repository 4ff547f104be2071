import LossLabApp

/// The `--keys` notation: sizes stay within the stated bound, waits are not negative, an error quotes nothing raw.
func fuzz(_ bytes: [UInt8]) {
    do {
        for step in try KeyNotation.parse(String(decoding: bytes, as: UTF8.self)) {
            switch step {
            case let .event(.resize(width, height)):
                require((1...1000).contains(width) && (1...1000).contains(height), "a resize to \(width)x\(height)")
            case let .wait(time):
                require(time >= .zero, "a wait of \(time)")
            case .event:
                break
            }
        }
    } catch {
        requirePrintable(error.description, "a key notation error")
    }
}
