// libFuzzer's driver, from the fuzzer runtime that `-sanitize=fuzzer` links.
//
// SwiftPM defines `main` for an executable target itself, so the fuzz targets cannot use the
// runtime's own `main`; each starts the driver from its `@main` type instead. See
// https://llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *_Nonnull argc, char *_Nullable *_Nonnull *_Nonnull argv,
                        int (*_Nonnull callback)(const uint8_t *_Nonnull data, size_t size));
