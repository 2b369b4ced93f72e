// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "citegraph",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "citegraph", targets: ["CLI"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .target(name: "Model"),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(name: "Ingest", dependencies: ["Model", "CLibXML2"]),
    .target(
      name: "Extract", dependencies: ["Model"],
      resources: [.copy("Resources/Lexicon")]),
    .target(name: "Export", dependencies: ["Model"]),
    .executableTarget(
      name: "CLI",
      dependencies: [
        "Model", "Ingest", "Extract", "Export",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // mimalloc (Debian's libmimalloc-dev) in place of glibc's malloc in release builds: a run
      // allocates millions of small strings and arrays; `make bench` measured 9-14% less time.
      // Debug builds (tests, the AddressSanitizer leak check) keep glibc's.
      linkerSettings: [
        .linkedLibrary("mimalloc", .when(platforms: [.linux], configuration: .release)),
        .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
      ]),
    .target(name: "TestSupport", dependencies: ["Model"], path: "Tests/TestSupport"),
    .testTarget(name: "IngestTests", dependencies: ["Ingest", "Model", "TestSupport"]),
    .testTarget(name: "ExtractTests", dependencies: ["Extract", "Model", "TestSupport"]),
    .testTarget(name: "ExportTests", dependencies: ["Export", "Model", "TestSupport"]),
    .testTarget(
      name: "PipelineTests",
      dependencies: ["Ingest", "Extract", "Export", "Model", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)

// A file sees the members of the modules it imports itself, not those another file of the
// target imports (without it, one `import Foundation` changes which `contains` every file calls).
//
// Release builds link the Swift standard library and Foundation statically on Linux (what
// `swift build --static-swift-stdlib` does; each module is compiled for it too, so that it
// names the static libraries): calls into the runtime (retain, release, uniqueness checks:
// millions a run) are direct instead of through the PLT, and a process starts without
// resolving the shared libraries' symbols. `run` over 170 articles takes about 10% less CPU;
// the binary grows from 10 MB to 80 MB.
for target in package.targets where target.type != .system {
  target.swiftSettings = (target.swiftSettings ?? []) + [
    .enableUpcomingFeature("MemberImportVisibility"),
    .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
  ]
}
