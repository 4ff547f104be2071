/// Why a data set could not be had, in words a user can act on.
public struct DataSetError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
