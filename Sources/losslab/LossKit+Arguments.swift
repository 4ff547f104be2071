import ArgumentParser
import LossKit

extension LossKind: ExpressibleByArgument {}
extension Convention: ExpressibleByArgument {}
extension Reduction: ExpressibleByArgument {}
